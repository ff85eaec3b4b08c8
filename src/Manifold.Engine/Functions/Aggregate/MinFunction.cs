using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("min", Description = "Smallest non-null input value; NaN only when every value is NaN.", Example = "min(x) over ('b'), ('a') = 'a'")]
internal sealed class MinFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.OrderableT], "T", "T")];

    public IAccumulatorFactory Specialize(BoundFunction function) => MinMaxAccumulators.Factory(function.ArgumentTypes[0], minimum: true);
}
