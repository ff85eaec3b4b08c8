using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>A <see cref="SlotStore"/> for nested types (array, map, row): each set value is copied into a one-row vector.
/// Allocates only when a slot's value changes, never per input row.</summary>
internal sealed class GenericSlotStore(SqlType type) : SlotStore
{
    private Vector?[] _values = [];
    private long _valueBytes;

    public override long EstimatedBytes => 32 + _values.Length * 8L + _valueBytes;

    public override void EnsureCapacity(int groupCount) => GroupArrays.Grow(ref _values, groupCount);

    public override bool IsEmpty(int group) => group >= _values.Length || _values[group] is null;

    public override bool IsNull(int group) => group >= _values.Length || _values[group] is not { } value || value.IsNull(0);

    public override void Set(int group, Vector source, int position)
    {
        VectorBuilder builder = VectorBuilder.Create(type, 1);
        builder.AppendFrom(source, position);
        Replace(group, builder.Build());
    }

    public override void SetFrom(int group, SlotStore source, int sourceGroup)
        => Replace(group, ((GenericSlotStore)source)._values[sourceGroup]);

    public override bool IsBetter(Vector source, int position, int group, bool minimum)
    {
        int order = GenericValueComparer.Compare(source, position, _values[group]!, 0);
        return minimum ? order < 0 : order > 0;
    }

    public override bool IsBetter(SlotStore source, int sourceGroup, int group, bool minimum)
    {
        int order = GenericValueComparer.Compare(((GenericSlotStore)source)._values[sourceGroup]!, 0, _values[group]!, 0);
        return minimum ? order < 0 : order > 0;
    }

    public override void AppendTo(int group, VectorBuilder output)
    {
        if (group < _values.Length && _values[group] is { } value)
        {
            output.AppendFrom(value, 0);
        }
        else
        {
            output.AppendNull();
        }
    }

    private void Replace(int group, Vector? value)
    {
        _valueBytes -= _values[group]?.RetainedBytes ?? 0;
        _values[group] = value;
        _valueBytes += value?.RetainedBytes ?? 0;
    }
}
