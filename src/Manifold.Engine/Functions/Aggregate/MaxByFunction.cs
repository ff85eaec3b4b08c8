using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("max_by", Description = "Value of x on the row with the largest non-null y.", Example = "max_by(name, price) over ('a', 2), ('b', 1) = 'a'")]
internal sealed class MaxByFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([TypeVariable.T, new TypeVariable("K", Comparable: true, Orderable: true)], "T", "T", "K")];

    public IAccumulatorFactory Specialize(BoundFunction function)
        => new AccumulatorFactory(() => new MinMaxByAccumulator(function.ArgumentTypes[0], function.ArgumentTypes[1], minimum: false));
}
