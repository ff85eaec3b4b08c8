using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Variance and standard deviation: Welford's running mean and squared deviations per group, merged with Chan's
/// pairwise formula (as Trino's VarianceState), which stays accurate where the naive sum of squares cancels.</summary>
internal sealed class CentralMomentsAccumulator<TIn>(MomentStatistic statistic) : IGroupedAccumulator
    where TIn : unmanaged, INumberBase<TIn>
{
    private long[] _counts = [];
    private double[] _means = [];
    private double[] _m2 = [];

    public long EstimatedBytes => 64 + _counts.Length * 24L;

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _counts, groupCount);
        GroupArrays.Grow(ref _means, groupCount);
        GroupArrays.Grow(ref _m2, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var update = new RowUpdate(_counts, _means, _m2);
        GroupedLoop.Run<TIn, RowUpdate>(groupIds, arguments[0], rowCount, ref update);
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (CentralMomentsAccumulator<TIn>)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length && g < source._counts.Length; g++)
        {
            long countB = source._counts[g];
            if (countB == 0)
            {
                continue;
            }
            int target = groupMapping[g];
            long countA = _counts[target];
            long count = countA + countB;
            double delta = source._means[g] - _means[target];
            _means[target] += delta * countB / count;
            _m2[target] += source._m2[g] + delta * delta * ((double)countA * countB / count);
            _counts[target] = count;
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        long count = groupId < _counts.Length ? _counts[groupId] : 0;
        bool sample = statistic is MomentStatistic.SampleVariance or MomentStatistic.SampleStandardDeviation;
        if (count == 0 || (sample && count < 2))
        {
            output.AppendNull();
            return;
        }
        double variance = _m2[groupId] / (sample ? count - 1 : count);
        double result = statistic is MomentStatistic.SampleStandardDeviation or MomentStatistic.PopulationStandardDeviation
            ? Math.Sqrt(variance)
            : variance;
        ((FlatVectorBuilder<double>)output).Append(result);
    }

    private readonly struct RowUpdate(long[] counts, double[] means, double[] m2) : IGroupedUpdate<TIn>
    {
        public void Update(int groupId, TIn value)
        {
            double x = double.CreateTruncating(value);
            long count = ++counts[groupId];
            double mean = means[groupId];
            double delta = x - mean;
            mean += delta / count;
            means[groupId] = mean;
            m2[groupId] += delta * (x - mean);
        }
    }
}
