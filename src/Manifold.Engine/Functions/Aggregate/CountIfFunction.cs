using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("count_if", Description = "Number of TRUE input values.", Example = "count_if(x > 1) over (1), (2), (3) = 2")]
internal sealed class CountIfFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "boolean")];

    public IAccumulatorFactory Specialize(BoundFunction function) => new AccumulatorFactory(() => new CountIfAccumulator());
}
