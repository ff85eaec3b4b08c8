using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("stddev_samp", Description = "Sample standard deviation of the non-null input values; NULL for fewer than two.", Example = "stddev_samp(x) over (1), (3) = 1.4142135623730951", Aliases = ["stddev"])]
internal sealed class StddevSampFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => MomentFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => MomentFunctions.Specialize(function, MomentStatistic.SampleStandardDeviation);
}
