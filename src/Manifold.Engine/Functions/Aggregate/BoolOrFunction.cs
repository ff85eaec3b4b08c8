using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("bool_or", Description = "TRUE when any non-null input value is TRUE; NULL when there are none.", Example = "bool_or(x) over (true), (false) = true")]
internal sealed class BoolOrFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("boolean", "boolean")];

    public IAccumulatorFactory Specialize(BoundFunction function)
        => new AccumulatorFactory(() => new FixedMinMaxAccumulator<bool, ValueOrder.Boolean, MaximumDirection>());
}
