using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>-a</c> for numbers and intervals.</summary>
[ScalarFunction("$negate", Description = "The value with its sign flipped.", Example = "-(5) = -5")]
internal sealed class NegateOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("tinyint", "tinyint"),
        FunctionSignature.Of("smallint", "smallint"),
        FunctionSignature.Of("integer", "integer"),
        FunctionSignature.Of("bigint", "bigint"),
        FunctionSignature.Of("real", "real"),
        FunctionSignature.Of("double", "double"),
        FunctionSignature.Of("decimal(p,s)", "decimal(p,s)"),
        FunctionSignature.Of("interval day to second", "interval day to second"),
        FunctionSignature.Of("interval year to month", "interval year to month"),
    ];

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        return type.Kind switch
        {
            TypeKind.TinyInt => OperationKernels.Unary<sbyte, sbyte, IntegerArithmetic.Negate<sbyte>>(default, type),
            TypeKind.SmallInt => OperationKernels.Unary<short, short, IntegerArithmetic.Negate<short>>(default, type),
            TypeKind.Integer => OperationKernels.Unary<int, int, IntegerArithmetic.Negate<int>>(default, type),
            TypeKind.BigInt or TypeKind.IntervalDayToSecond or TypeKind.IntervalYearToMonth
                => OperationKernels.Unary<long, long, IntegerArithmetic.Negate<long>>(default, type),
            TypeKind.Real => OperationKernels.Unary<float, float, FloatArithmetic.Negate<float>>(default, type),
            TypeKind.Double => OperationKernels.Unary<double, double, FloatArithmetic.Negate<double>>(default, type),
            TypeKind.Decimal when ((DecimalType)type).IsShort => OperationKernels.Unary<long, long, DecimalArithmetic.Negate<long>>(default, type),
            TypeKind.Decimal => OperationKernels.Unary<Int128, Int128, DecimalArithmetic.Negate<Int128>>(default, type),
            _ => throw new NotSupportedException($"$negate({type}) is not supported"),
        };
    }
}
