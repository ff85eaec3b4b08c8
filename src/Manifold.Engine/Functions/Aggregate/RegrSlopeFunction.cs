using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("regr_slope", Description = "Slope of the least-squares line of y on x; NULL unless finite.", Example = "regr_slope(y, x) over (1, 0), (3, 1) = 2.0")]
internal sealed class RegrSlopeFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => CovarianceFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => CovarianceFunctions.Specialize(function, CovarianceStatistic.RegressionSlope);
}
