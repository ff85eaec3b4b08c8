using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("max", Description = "Largest non-null input value; NaN only when every value is NaN.", Example = "max(x) over ('b'), ('a') = 'b'")]
internal sealed class MaxFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.OrderableT], "T", "T")];

    public IAccumulatorFactory Specialize(BoundFunction function) => MinMaxAccumulators.Factory(function.ArgumentTypes[0], minimum: false);
}
