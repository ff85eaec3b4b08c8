using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("covar_pop", Description = "Population covariance of the (y, x) pairs where neither is null; NULL when there are none.", Example = "covar_pop(y, x) over (1, 1), (3, 3) = 1.0")]
internal sealed class CovarPopFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => CovarianceFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => CovarianceFunctions.Specialize(function, CovarianceStatistic.PopulationCovariance);
}
