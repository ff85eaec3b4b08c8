using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>covar_samp, covar_pop, corr, regr_slope and regr_intercept over (y, x) pairs where neither is null: running
/// means, co-moment and squared deviations per group (Trino's CovarianceState / CorrelationState / RegressionState),
/// merged pairwise. <typeparamref name="TIn"/> is double or real; real inputs give a real result, as in Trino.</summary>
internal sealed class CovarianceAccumulator<TIn>(CovarianceStatistic statistic) : IGroupedAccumulator
    where TIn : unmanaged, IFloatingPointIeee754<TIn>
{
    private long[] _counts = [];
    private double[] _meanX = [];
    private double[] _meanY = [];
    private double[] _c2 = [];
    private double[] _m2X = [];
    private double[] _m2Y = [];

    public long EstimatedBytes => 96 + _counts.Length * 48L;

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _counts, groupCount);
        GroupArrays.Grow(ref _meanX, groupCount);
        GroupArrays.Grow(ref _meanY, groupCount);
        GroupArrays.Grow(ref _c2, groupCount);
        GroupArrays.Grow(ref _m2X, groupCount);
        GroupArrays.Grow(ref _m2Y, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var ys = FixedColumn<TIn>.Of(arguments[0]);
        var xs = FixedColumn<TIn>.Of(arguments[1]);
        bool mayHaveNulls = ys.MayHaveNulls || xs.MayHaveNulls;
        for (int i = 0; i < rowCount; i++)
        {
            if (mayHaveNulls && (ys.IsNull(i) || xs.IsNull(i)))
            {
                continue;
            }
            int g = groupIds[i];
            double x = double.CreateTruncating(xs.Get(i));
            double y = double.CreateTruncating(ys.Get(i));
            long count = ++_counts[g];
            double oldMeanX = _meanX[g];
            double oldMeanY = _meanY[g];
            double meanX = oldMeanX + (x - oldMeanX) / count;
            double meanY = oldMeanY + (y - oldMeanY) / count;
            _meanX[g] = meanX;
            _meanY[g] = meanY;
            _c2[g] += (x - oldMeanX) * (y - meanY);
            _m2X[g] += (x - oldMeanX) * (x - meanX);
            _m2Y[g] += (y - oldMeanY) * (y - meanY);
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (CovarianceAccumulator<TIn>)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length && g < source._counts.Length; g++)
        {
            long countB = source._counts[g];
            if (countB == 0)
            {
                continue;
            }
            int t = groupMapping[g];
            long countA = _counts[t];
            long count = countA + countB;
            double weight = (double)countA * countB / count;
            double deltaX = source._meanX[g] - _meanX[t];
            double deltaY = source._meanY[g] - _meanY[t];
            _c2[t] += source._c2[g] + deltaX * deltaY * weight;
            _m2X[t] += source._m2X[g] + deltaX * deltaX * weight;
            _m2Y[t] += source._m2Y[g] + deltaY * deltaY * weight;
            _meanX[t] += deltaX * countB / count;
            _meanY[t] += deltaY * countB / count;
            _counts[t] = count;
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        long count = groupId < _counts.Length ? _counts[groupId] : 0;
        double result;
        switch (statistic)
        {
            case CovarianceStatistic.SampleCovariance:
                if (count <= 1)
                {
                    output.AppendNull();
                    return;
                }
                result = _c2[groupId] / (count - 1);
                break;
            case CovarianceStatistic.PopulationCovariance:
                if (count == 0)
                {
                    output.AppendNull();
                    return;
                }
                result = _c2[groupId] / count;
                break;
            case CovarianceStatistic.Correlation:
                result = count == 0 ? double.NaN : _c2[groupId] / Math.Sqrt(_m2X[groupId] * _m2Y[groupId]);
                break;
            case CovarianceStatistic.RegressionSlope:
                result = count == 0 ? double.NaN : _c2[groupId] / _m2X[groupId];
                break;
            case CovarianceStatistic.RegressionIntercept:
                result = count == 0 ? double.NaN : _meanY[groupId] - _c2[groupId] / _m2X[groupId] * _meanX[groupId];
                break;
            default:
                throw new InvalidOperationException($"Unknown statistic {statistic}");
        }
        bool finiteOnly = statistic is CovarianceStatistic.Correlation or CovarianceStatistic.RegressionSlope or CovarianceStatistic.RegressionIntercept;
        if (finiteOnly && !double.IsFinite(result))
        {
            output.AppendNull();
        }
        else if (typeof(TIn) == typeof(float))
        {
            ((FlatVectorBuilder<float>)output).Append((float)result);
        }
        else
        {
            ((FlatVectorBuilder<double>)output).Append(result);
        }
    }
}
