using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>a IS DISTINCT FROM b</c> for every comparable type; see <see cref="ComparisonKernels"/>.</summary>
[ScalarFunction("$is_distinct_from", Description = "True when the values differ, treating two nulls as equal; never null.", Example = "a IS DISTINCT FROM b")]
internal sealed class IsDistinctFromOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([TypeVariable.ComparableT], "boolean", "T", "T")];

    public IScalarKernel Specialize(BoundFunction function)
        => ComparisonKernels.Create(ComparisonKind.IsDistinctFrom, function.ArgumentTypes[0], function.ArgumentTypes[1]);
}
