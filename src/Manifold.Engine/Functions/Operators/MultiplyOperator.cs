using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>a * b</c>: numbers of one type, and intervals times bigint or double (either order).</summary>
[ScalarFunction("$multiply", Description = "Product of two values.", Example = "2 * 3 = 6")]
internal sealed class MultiplyOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = CreateSignatures();

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType left = function.ArgumentTypes[0];
        SqlType right = function.ArgumentTypes[1];
        SqlType result = function.ReturnType;
        return ArithmeticKernels.Numeric(ArithmeticKernels.Operation.Multiply, left, right, result)
            ?? TemporalKernels.Scale(left, right, result, divide: false)
            ?? throw new NotSupportedException($"$multiply({left}, {right}) is not supported");
    }

    private static List<FunctionSignature> CreateSignatures()
    {
        List<FunctionSignature> signatures = ArithmeticKernels.NumericSignatures(ArithmeticKernels.Operation.Multiply);
        signatures.AddRange(TemporalKernels.ScaleSignatures(divide: false));
        return signatures;
    }
}
