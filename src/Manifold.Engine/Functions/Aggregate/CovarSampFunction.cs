using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("covar_samp", Description = "Sample covariance of the (y, x) pairs where neither is null; NULL for fewer than two.", Example = "covar_samp(y, x) over (1, 1), (3, 3) = 2.0")]
internal sealed class CovarSampFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => CovarianceFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => CovarianceFunctions.Specialize(function, CovarianceStatistic.SampleCovariance);
}
