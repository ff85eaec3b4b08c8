using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>count_if(boolean): the number of true values; null and false count nothing. Empty groups give 0.</summary>
internal sealed class CountIfAccumulator : IGroupedAccumulator
{
    private long[] _counts = [];

    public long EstimatedBytes => 32 + _counts.Length * 8L;

    public void EnsureCapacity(int groupCount) => GroupArrays.Grow(ref _counts, groupCount);

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var update = new RowUpdate(_counts);
        GroupedLoop.Run<bool, RowUpdate>(groupIds, arguments[0], rowCount, ref update);
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (CountIfAccumulator)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length && g < source._counts.Length; g++)
        {
            _counts[groupMapping[g]] += source._counts[g];
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
        => ((FlatVectorBuilder<long>)output).Append(groupId < _counts.Length ? _counts[groupId] : 0);

    private readonly struct RowUpdate(long[] counts) : IGroupedUpdate<bool>
    {
        public void Update(int groupId, bool value) => counts[groupId] += value ? 1 : 0;
    }
}
