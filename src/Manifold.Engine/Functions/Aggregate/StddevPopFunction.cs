using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("stddev_pop", Description = "Population standard deviation of the non-null input values; NULL when there are none.", Example = "stddev_pop(x) over (1), (3) = 1.0")]
internal sealed class StddevPopFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => MomentFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => MomentFunctions.Specialize(function, MomentStatistic.PopulationStandardDeviation);
}
