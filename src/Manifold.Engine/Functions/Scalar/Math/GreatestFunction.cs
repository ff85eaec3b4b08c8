using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("greatest", Description = "The largest of the arguments; NULL when any argument is NULL.", Example = "greatest(1, 5, 3) = 5")]
internal sealed class GreatestFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([TypeVariable.OrderableT], "T", "T") with { Variadic = true }];

    public IScalarKernel Specialize(BoundFunction function) => ExtremeValueKernel.Create(function.ReturnType, greatest: true);
}
