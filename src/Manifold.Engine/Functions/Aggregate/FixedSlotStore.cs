using System.Runtime.CompilerServices;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>A <see cref="SlotStore"/> of fixed-width values in a flat array.</summary>
internal sealed class FixedSlotStore<T, TOrder> : SlotStore
    where T : unmanaged
    where TOrder : IValueOrder<T>
{
    private const byte Empty = 0;
    private const byte Null = 1;
    private const byte Value = 2;

    private T[] _values = [];
    private byte[] _states = [];

    public override long EstimatedBytes => 32 + _values.Length * (long)(Unsafe.SizeOf<T>() + 1);

    public override void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _values, groupCount);
        GroupArrays.Grow(ref _states, groupCount);
    }

    public override bool IsEmpty(int group) => group >= _states.Length || _states[group] == Empty;

    public override bool IsNull(int group) => group >= _states.Length || _states[group] != Value;

    public override void Set(int group, Vector source, int position)
    {
        var flat = (FlatVector<T>)VectorBuilder.Resolve(source, ref position);
        if (flat.IsNull(position))
        {
            _states[group] = Null;
        }
        else
        {
            _values[group] = flat.Values[position];
            _states[group] = Value;
        }
    }

    public override void SetFrom(int group, SlotStore source, int sourceGroup)
    {
        var other = (FixedSlotStore<T, TOrder>)source;
        _values[group] = other._values[sourceGroup];
        _states[group] = other._states[sourceGroup];
    }

    public override bool IsBetter(Vector source, int position, int group, bool minimum)
    {
        var flat = (FlatVector<T>)VectorBuilder.Resolve(source, ref position);
        return ValueOrder.IsBetter<T, TOrder>(flat.Values[position], _values[group], minimum);
    }

    public override bool IsBetter(SlotStore source, int sourceGroup, int group, bool minimum)
        => ValueOrder.IsBetter<T, TOrder>(((FixedSlotStore<T, TOrder>)source)._values[sourceGroup], _values[group], minimum);

    public override void AppendTo(int group, VectorBuilder output)
    {
        if (IsNull(group))
        {
            output.AppendNull();
        }
        else
        {
            ((FlatVectorBuilder<T>)output).Append(_values[group]);
        }
    }
}
