using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>min or max over a fixed-width type (numbers, dates, times, timestamps, intervals, boolean, uuid). Empty slots
/// hold the direction's identity, so the per-row update is a compare and a select with no state branch.</summary>
internal sealed class FixedMinMaxAccumulator<T, TOrder, TDirection> : IGroupedAccumulator
    where T : unmanaged
    where TOrder : IValueOrder<T>
    where TDirection : IMinMaxDirection
{
    private T[] _values = [];
    private bool[] _hasValue = [];

    private static T Identity => TDirection.IsMinimum ? TOrder.MaxValue : TOrder.MinValue;

    public long EstimatedBytes => 48 + _values.Length * (long)(System.Runtime.CompilerServices.Unsafe.SizeOf<T>() + 1);

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _values, groupCount, Identity);
        GroupArrays.Grow(ref _hasValue, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var update = new RowUpdate(_values, _hasValue);
        GroupedLoop.Run<T, RowUpdate>(groupIds, arguments[0], rowCount, ref update);
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (FixedMinMaxAccumulator<T, TOrder, TDirection>)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        var update = new RowUpdate(_values, _hasValue);
        for (int g = 0; g < groupMapping.Length && g < source._values.Length; g++)
        {
            if (source._hasValue[g])
            {
                update.Update(groupMapping[g], source._values[g]);
            }
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<T>)output;
        if (groupId < _hasValue.Length && _hasValue[groupId])
        {
            builder.Append(_values[groupId]);
        }
        else
        {
            builder.AppendNull();
        }
    }

    private readonly struct RowUpdate(T[] values, bool[] hasValue) : IGroupedUpdate<T>
    {
        public void Update(int groupId, T value)
        {
            T current = values[groupId];
            values[groupId] = ValueOrder.IsBetter<T, TOrder>(value, current, TDirection.IsMinimum) ? value : current;
            hasValue[groupId] = true;
        }
    }
}
