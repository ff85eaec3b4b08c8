using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>a - b</c>: numbers of one type, date and time values minus intervals, intervals minus intervals, and
/// the difference of two timestamps (or times) as an interval day to second.</summary>
[ScalarFunction("$subtract", Description = "Difference of two values.", Example = "3 - 2 = 1")]
internal sealed class SubtractOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = CreateSignatures();

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType left = function.ArgumentTypes[0];
        SqlType right = function.ArgumentTypes[1];
        SqlType result = function.ReturnType;
        return ArithmeticKernels.Numeric(ArithmeticKernels.Operation.Subtract, left, right, result)
            ?? TemporalKernels.Plus(left, right, result, sign: -1)
            ?? TemporalKernels.Difference(left, right, result)
            ?? throw new NotSupportedException($"$subtract({left}, {right}) is not supported");
    }

    private static List<FunctionSignature> CreateSignatures()
    {
        List<FunctionSignature> signatures = ArithmeticKernels.NumericSignatures(ArithmeticKernels.Operation.Subtract);
        signatures.AddRange(TemporalKernels.PlusSignatures(commutative: false));
        signatures.AddRange(TemporalKernels.DifferenceSignatures());
        return signatures;
    }
}
