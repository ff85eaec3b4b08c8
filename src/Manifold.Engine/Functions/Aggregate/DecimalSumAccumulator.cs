using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>sum(decimal(p, s)) → decimal(38, s). Sums in Int128 and counts carries out of 128 bits, so intermediate
/// overflow that later cancels is harmless (as in Trino); a result past 38 digits fails with NUMERIC_VALUE_OUT_OF_RANGE.</summary>
/// <typeparam name="TIn"><c>long</c> for short decimals, <c>Int128</c> for long ones.</typeparam>
internal sealed class DecimalSumAccumulator<TIn> : IGroupedAccumulator
    where TIn : unmanaged, IBinaryInteger<TIn>
{
    private Int128[] _sums = [];
    private long[] _overflows = [];
    private bool[] _hasValue = [];

    public long EstimatedBytes => 64 + _sums.Length * 25L;

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _sums, groupCount);
        GroupArrays.Grow(ref _overflows, groupCount);
        GroupArrays.Grow(ref _hasValue, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var update = new RowUpdate(_sums, _overflows, _hasValue);
        GroupedLoop.Run<TIn, RowUpdate>(groupIds, arguments[0], rowCount, ref update);
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (DecimalSumAccumulator<TIn>)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length && g < source._sums.Length; g++)
        {
            if (source._hasValue[g])
            {
                int target = groupMapping[g];
                _overflows[target] += source._overflows[g] + DecimalMath128.AddWithOverflow(ref _sums[target], source._sums[g]);
                _hasValue[target] = true;
            }
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<Int128>)output;
        if (groupId >= _hasValue.Length || !_hasValue[groupId])
        {
            builder.AppendNull();
            return;
        }
        Int128 sum = _sums[groupId];
        if (_overflows[groupId] != 0 || !DecimalMath128.FitsPrecision38(sum))
        {
            AggregateErrors.DecimalOverflow();
        }
        builder.Append(sum);
    }

    private readonly struct RowUpdate(Int128[] sums, long[] overflows, bool[] hasValue) : IGroupedUpdate<TIn>
    {
        public void Update(int groupId, TIn value)
        {
            overflows[groupId] += DecimalMath128.AddWithOverflow(ref sums[groupId], Int128.CreateTruncating(value));
            hasValue[groupId] = true;
        }
    }
}
