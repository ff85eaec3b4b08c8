using System.Numerics;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("abs", Description = "Absolute value of x.", Example = "abs(-17.4) = 17.4")]
internal sealed class AbsFunction : IScalarFunction
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
    ];

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        return type.Kind switch
        {
            TypeKind.TinyInt => new UnaryKernel<sbyte, sbyte, IntegerAbs<sbyte>>(type),
            TypeKind.SmallInt => new UnaryKernel<short, short, IntegerAbs<short>>(type),
            TypeKind.Integer => new UnaryKernel<int, int, IntegerAbs<int>>(type),
            TypeKind.BigInt => new UnaryKernel<long, long, IntegerAbs<long>>(type),
            TypeKind.Real => new UnaryKernel<float, float, FloatAbs<float>>(type),
            TypeKind.Double => new UnaryKernel<double, double, FloatAbs<double>>(type),
            TypeKind.Decimal => new DecimalUnaryKernel<DecimalAbs>((DecimalType)type, (DecimalType)type),
            _ => throw new NotSupportedException($"abs({type})"),
        };
    }

    private readonly struct IntegerAbs<T> : IScalarUnaryOperation<T, T>
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        public static T Apply(T x)
        {
            if (x == T.MinValue)
            {
                FunctionErrors.OutOfRange($"Value {x} is out of range for abs({NumericTypes.NameOf<T>()})");
            }
            return T.Abs(x);
        }
    }

    private readonly struct FloatAbs<T> : IScalarUnaryOperation<T, T>
        where T : IFloatingPointIeee754<T>
    {
        public static T Apply(T x) => T.Abs(x);
    }

    private readonly struct DecimalAbs : IDecimalUnaryOperation
    {
        public static Int128 Apply(Int128 unscaled, int inputScale) => Int128.Abs(unscaled);
    }
}
