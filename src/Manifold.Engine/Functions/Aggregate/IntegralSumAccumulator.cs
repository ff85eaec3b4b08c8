using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>sum over tinyint, smallint, integer, bigint (and the interval types, whose physical value is a long) into a
/// bigint. Overflow fails with NUMERIC_VALUE_OUT_OF_RANGE; it is detected branch-free per row and raised once per batch.</summary>
internal sealed class IntegralSumAccumulator<TIn> : IGroupedAccumulator
    where TIn : unmanaged, IBinaryInteger<TIn>
{
    private long[] _sums = [];
    private bool[] _hasValue = [];

    public long EstimatedBytes => 48 + _sums.Length * 9L;

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _sums, groupCount);
        GroupArrays.Grow(ref _hasValue, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var update = new RowUpdate(_sums, _hasValue);
        GroupedLoop.Run<TIn, RowUpdate>(groupIds, arguments[0], rowCount, ref update);
        if (update.Overflow < 0)
        {
            AggregateErrors.BigintOverflow();
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (IntegralSumAccumulator<TIn>)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        long overflow = 0;
        for (int g = 0; g < groupMapping.Length && g < source._sums.Length; g++)
        {
            if (source._hasValue[g])
            {
                int target = groupMapping[g];
                long left = _sums[target];
                long right = source._sums[g];
                long sum = left + right;
                overflow |= (left ^ sum) & (right ^ sum);
                _sums[target] = sum;
                _hasValue[target] = true;
            }
        }
        if (overflow < 0)
        {
            AggregateErrors.BigintOverflow();
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<long>)output;
        if (groupId < _hasValue.Length && _hasValue[groupId])
        {
            builder.Append(_sums[groupId]);
        }
        else
        {
            builder.AppendNull();
        }
    }

    private struct RowUpdate(long[] sums, bool[] hasValue) : IGroupedUpdate<TIn>
    {
        /// <summary>Negative once any addition overflowed (the sign bit of the classic overflow test, or-ed).</summary>
        public long Overflow;

        public void Update(int groupId, TIn value)
        {
            long right = long.CreateTruncating(value);
            long left = sums[groupId];
            long sum = left + right;
            Overflow |= (left ^ sum) & (right ^ sum);
            sums[groupId] = sum;
            hasValue[groupId] = true;
        }
    }
}
