using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

/// <remarks>ORDER BY inside the call (<c>array_agg(x ORDER BY y)</c>) is applied by the engine, which sorts rows before
/// they are added.</remarks>
[AggregateFunction("array_agg", Description = "Array of the input values in input order, nulls included; NULL when there are no rows.", Example = "array_agg(x) over (1), (NULL), (2) = ARRAY[1, NULL, 2]")]
internal sealed class ArrayAggFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.T], "array(T)", "T")];

    public IAccumulatorFactory Specialize(BoundFunction function)
        => new AccumulatorFactory(() => new ArrayAggAccumulator(function.ArgumentTypes[0]));
}
