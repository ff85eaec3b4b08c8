using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("count", Description = "Number of input rows (count(*)) or of non-null values (count(x)).", Example = "count(x) over (1), (NULL), (3) = 2")]
internal sealed class CountFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("bigint"),
        FunctionSignature.Generic([TypeVariable.T], "bigint", "T"),
    ];

    public IAccumulatorFactory Specialize(BoundFunction function)
    {
        bool countRows = function.ArgumentTypes.Count == 0;
        return new AccumulatorFactory(() => new CountAccumulator(countRows));
    }
}
