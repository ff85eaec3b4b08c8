using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>a % b</c>: the remainder of truncating division, with the sign of the dividend.</summary>
[ScalarFunction("$modulus", Description = "Remainder of dividing two values.", Example = "7 % 3 = 1")]
internal sealed class ModulusOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = ArithmeticKernels.NumericSignatures(ArithmeticKernels.Operation.Modulus);

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType left = function.ArgumentTypes[0];
        SqlType right = function.ArgumentTypes[1];
        return ArithmeticKernels.Numeric(ArithmeticKernels.Operation.Modulus, left, right, function.ReturnType)
            ?? throw new NotSupportedException($"$modulus({left}, {right}) is not supported");
    }
}
