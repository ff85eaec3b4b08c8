using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>min or max over variable-width and nested orderable types (varchar, char, varbinary, arrays, rows): the
/// winning value per group is kept in a <see cref="SlotStore"/> (one byte arena for strings, no string per row).</summary>
internal sealed class SlotMinMaxAccumulator(SqlType type, bool minimum) : IGroupedAccumulator
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
            if (mayHaveNulls && vector.IsNull(i))
            {
                continue;
            }
            int group = groupIds[i];
            if (_store.IsEmpty(group) || _store.IsBetter(vector, i, group, minimum))
            {
                _store.Set(group, vector, i);
            }
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = ((SlotMinMaxAccumulator)other)._store;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length; g++)
        {
            if (source.IsEmpty(g))
            {
                continue;
            }
            int target = groupMapping[g];
            if (_store.IsEmpty(target) || _store.IsBetter(source, g, target, minimum))
            {
                _store.SetFrom(target, source, g);
            }
        }
    }

    public void Evaluate(int groupId, VectorBuilder output) => _store.AppendTo(groupId, output);
}
