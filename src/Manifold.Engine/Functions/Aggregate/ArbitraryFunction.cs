using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("arbitrary", Description = "An arbitrary non-null input value; NULL when there is none.", Example = "arbitrary(x) over (NULL), (7) = 7", Aliases = ["any_value"])]
internal sealed class ArbitraryFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.T], "T", "T")];

    public IAccumulatorFactory Specialize(BoundFunction function)
        => new AccumulatorFactory(() => new ArbitraryAccumulator(function.ArgumentTypes[0]));
}
