using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>a + b</c>: numbers of one type (checked for integers, Trino's result type for decimals), date and time
/// values plus intervals (either order), and intervals plus intervals.</summary>
[ScalarFunction("$add", Description = "Sum of two values.", Example = "1 + 2 = 3")]
internal sealed class AddOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = CreateSignatures();

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType left = function.ArgumentTypes[0];
        SqlType right = function.ArgumentTypes[1];
        SqlType result = function.ReturnType;
        return ArithmeticKernels.Numeric(ArithmeticKernels.Operation.Add, left, right, result)
            ?? TemporalKernels.Plus(left, right, result, sign: 1)
            ?? throw new NotSupportedException($"$add({left}, {right}) is not supported");
    }

    private static List<FunctionSignature> CreateSignatures()
    {
        List<FunctionSignature> signatures = ArithmeticKernels.NumericSignatures(ArithmeticKernels.Operation.Add);
        signatures.AddRange(TemporalKernels.PlusSignatures(commutative: true));
        return signatures;
    }
}
