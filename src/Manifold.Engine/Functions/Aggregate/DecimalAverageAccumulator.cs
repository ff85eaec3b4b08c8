using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>avg(decimal(p, s)) → decimal(p, s): an exact Int128 sum (with carries past 128 bits) and a count, divided
/// with HALF_UP rounding as Trino does.</summary>
/// <typeparam name="TIn"><c>long</c> for short decimals, <c>Int128</c> for long ones.</typeparam>
internal sealed class DecimalAverageAccumulator<TIn>(DecimalType type) : IGroupedAccumulator
    where TIn : unmanaged, IBinaryInteger<TIn>
{
    private Int128[] _sums = [];
    private long[] _overflows = [];
    private long[] _counts = [];

    public long EstimatedBytes => 64 + _sums.Length * 32L;

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _sums, groupCount);
        GroupArrays.Grow(ref _overflows, groupCount);
        GroupArrays.Grow(ref _counts, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var update = new RowUpdate(_sums, _overflows, _counts);
        GroupedLoop.Run<TIn, RowUpdate>(groupIds, arguments[0], rowCount, ref update);
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (DecimalAverageAccumulator<TIn>)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length && g < source._sums.Length; g++)
        {
            if (source._counts[g] != 0)
            {
                int target = groupMapping[g];
                _overflows[target] += source._overflows[g] + DecimalMath128.AddWithOverflow(ref _sums[target], source._sums[g]);
                _counts[target] += source._counts[g];
            }
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        if (groupId >= _counts.Length || _counts[groupId] == 0)
        {
            output.AppendNull();
            return;
        }
        long count = _counts[groupId];
        Int128 mean = _overflows[groupId] == 0
            ? DecimalMath128.DivideRoundHalfUp(_sums[groupId], count)
            : (Int128)DecimalMath128.DivideRoundHalfUp(DecimalMath128.ToBigInteger(_sums[groupId], _overflows[groupId]), count);
        if (type.IsShort)
        {
            ((FlatVectorBuilder<long>)output).Append((long)mean);
        }
        else
        {
            ((FlatVectorBuilder<Int128>)output).Append(mean);
        }
    }

    private readonly struct RowUpdate(Int128[] sums, long[] overflows, long[] counts) : IGroupedUpdate<TIn>
    {
        public void Update(int groupId, TIn value)
        {
            overflows[groupId] += DecimalMath128.AddWithOverflow(ref sums[groupId], Int128.CreateTruncating(value));
            counts[groupId]++;
        }
    }
}
