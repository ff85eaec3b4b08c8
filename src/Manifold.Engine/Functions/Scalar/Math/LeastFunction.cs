using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("least", Description = "The smallest of the arguments; NULL when any argument is NULL.", Example = "least(1, 5, 3) = 1")]
internal sealed class LeastFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([TypeVariable.OrderableT], "T", "T") with { Variadic = true }];

    public IScalarKernel Specialize(BoundFunction function) => ExtremeValueKernel.Create(function.ReturnType, greatest: false);
}
