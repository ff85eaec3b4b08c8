using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("regr_intercept", Description = "Intercept of the least-squares line of y on x; NULL unless finite.", Example = "regr_intercept(y, x) over (1, 0), (3, 1) = 1.0")]
internal sealed class RegrInterceptFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => CovarianceFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => CovarianceFunctions.Specialize(function, CovarianceStatistic.RegressionIntercept);
}
