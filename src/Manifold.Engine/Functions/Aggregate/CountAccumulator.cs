using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>count(*) (no argument: counts rows) and count(x) (counts non-null values). Empty groups give 0.</summary>
internal sealed class CountAccumulator(bool countRows) : IGroupedAccumulator
{
    private long[] _counts = [];

    public long EstimatedBytes => 32 + _counts.Length * 8L;

    public void EnsureCapacity(int groupCount) => GroupArrays.Grow(ref _counts, groupCount);

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        groupIds = groupIds[..rowCount];
        long[] counts = _counts;
        if (countRows || !arguments[0].MayHaveNulls)
        {
            for (int i = 0; i < groupIds.Length; i++)
            {
                counts[groupIds[i]]++;
            }
            return;
        }
        Vector vector = arguments[0];
        if (vector is ConstantVector)
        {
            return; // a constant that may have nulls is the null constant
        }
        for (int i = 0; i < groupIds.Length; i++)
        {
            if (!vector.IsNull(i))
            {
                counts[groupIds[i]]++;
            }
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (CountAccumulator)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length; g++)
        {
            _counts[groupMapping[g]] += g < source._counts.Length ? source._counts[g] : 0;
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
        => ((FlatVectorBuilder<long>)output).Append(groupId < _counts.Length ? _counts[groupId] : 0);
}
