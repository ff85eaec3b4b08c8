using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("approx_distinct", Description = "Approximate number of distinct non-null values (HyperLogLog; standard error 2.3% unless given).", Example = "approx_distinct(x) over (1), (1), (2) = 2")]
internal sealed class ApproxDistinctFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Generic([TypeVariable.ComparableT], "bigint", "T"),
        FunctionSignature.Generic([TypeVariable.ComparableT], "bigint", "T", "double"),
    ];

    public IAccumulatorFactory Specialize(BoundFunction function)
        => new AccumulatorFactory(() => new ApproxDistinctAccumulator(function.ArgumentTypes[0], ApproxDistinctAccumulator.DefaultStandardError));
}
