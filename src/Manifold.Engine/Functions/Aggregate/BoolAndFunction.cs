using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("bool_and", Description = "TRUE when every non-null input value is TRUE; NULL when there are none.", Example = "bool_and(x) over (true), (false) = false", Aliases = ["every"])]
internal sealed class BoolAndFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("boolean", "boolean")];

    public IAccumulatorFactory Specialize(BoundFunction function)
        => new AccumulatorFactory(() => new FixedMinMaxAccumulator<bool, ValueOrder.Boolean, MinimumDirection>());
}
