using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>a > b</c> for every orderable type; see <see cref="ComparisonKernels"/>.</summary>
[ScalarFunction("$greater_than", Description = "Comparison: a > b.", Example = "a > b")]
internal sealed class GreaterThanOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([TypeVariable.OrderableT], "boolean", "T", "T")];

    public IScalarKernel Specialize(BoundFunction function)
        => ComparisonKernels.Create(ComparisonKind.GreaterThan, function.ArgumentTypes[0], function.ArgumentTypes[1]);
}
