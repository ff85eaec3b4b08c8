using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>a / b</c>: numbers of one type (integers truncate, decimals round half up, x / 0 fails except for
/// real and double), and intervals divided by a double.</summary>
[ScalarFunction("$divide", Description = "Quotient of two values.", Example = "7 / 2 = 3")]
internal sealed class DivideOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = CreateSignatures();

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType left = function.ArgumentTypes[0];
        SqlType right = function.ArgumentTypes[1];
        SqlType result = function.ReturnType;
        return ArithmeticKernels.Numeric(ArithmeticKernels.Operation.Divide, left, right, result)
            ?? TemporalKernels.Scale(left, right, result, divide: true)
            ?? throw new NotSupportedException($"$divide({left}, {right}) is not supported");
    }

    private static List<FunctionSignature> CreateSignatures()
    {
        List<FunctionSignature> signatures = ArithmeticKernels.NumericSignatures(ArithmeticKernels.Operation.Divide);
        signatures.AddRange(TemporalKernels.ScaleSignatures(divide: true));
        return signatures;
    }
}
