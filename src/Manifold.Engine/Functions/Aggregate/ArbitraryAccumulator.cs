using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>arbitrary(x) / any_value(x): some non-null value of the group (the first one seen), or NULL.</summary>
internal sealed class ArbitraryAccumulator(SqlType type) : IGroupedAccumulator
{
    private readonly SlotStore _store = SlotStore.Create(type);

    public long EstimatedBytes => 16 + _store.EstimatedBytes;

    public void EnsureCapacity(int groupCount) => _store.EnsureCapacity(groupCount);

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        Vector vector = arguments[0];
        if (vector is ConstantVector { IsNullValue: true })
        {
            return;
        }
        bool mayHaveNulls = vector.MayHaveNulls;
        for (int i = 0; i < rowCount; i++)
        {
            int group = groupIds[i];
            if (_store.IsEmpty(group) && !(mayHaveNulls && vector.IsNull(i)))
            {
                _store.Set(group, vector, i);
            }
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = ((ArbitraryAccumulator)other)._store;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length; g++)
        {
            int target = groupMapping[g];
            if (!source.IsEmpty(g) && _store.IsEmpty(target))
            {
                _store.SetFrom(target, source, g);
            }
        }
    }

    public void Evaluate(int groupId, VectorBuilder output) => _store.AppendTo(groupId, output);
}
