using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>a = b</c> for every comparable type; see <see cref="ComparisonKernels"/>.</summary>
[ScalarFunction("$equal", Description = "Comparison: a = b.", Example = "a = b")]
internal sealed class EqualOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([TypeVariable.ComparableT], "boolean", "T", "T")];

    public IScalarKernel Specialize(BoundFunction function)
        => ComparisonKernels.Create(ComparisonKind.Equal, function.ArgumentTypes[0], function.ArgumentTypes[1]);
}
