using System.Numerics;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("sign", Description = "The signum of x: 1, 0 or -1 (NaN and -0 stay as they are for floating point).",
    Example = "sign(-8) = -1")]
internal sealed class SignFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("tinyint", "tinyint"),
        FunctionSignature.Of("smallint", "smallint"),
        FunctionSignature.Of("integer", "integer"),
        FunctionSignature.Of("bigint", "bigint"),
        FunctionSignature.Of("real", "real"),
        FunctionSignature.Of("double", "double"),
        FunctionSignature.Of("decimal(1,0)", "decimal(p,s)"),
    ];

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        return type.Kind switch
        {
            TypeKind.TinyInt => new UnaryKernel<sbyte, sbyte, IntegerSign<sbyte>>(type),
            TypeKind.SmallInt => new UnaryKernel<short, short, IntegerSign<short>>(type),
            TypeKind.Integer => new UnaryKernel<int, int, IntegerSign<int>>(type),
            TypeKind.BigInt => new UnaryKernel<long, long, IntegerSign<long>>(type),
            TypeKind.Real => new UnaryKernel<float, float, FloatSign<float>>(type),
            TypeKind.Double => new UnaryKernel<double, double, FloatSign<double>>(type),
            TypeKind.Decimal => new DecimalUnaryKernel<DecimalSign>((DecimalType)type, DecimalType.Create(1, 0)),
            _ => throw new NotSupportedException($"sign({type})"),
        };
    }

    private readonly struct IntegerSign<T> : IScalarUnaryOperation<T, T>
        where T : IBinaryInteger<T>
    {
        public static T Apply(T x) => T.CreateTruncating(T.Sign(x));
    }

    private readonly struct FloatSign<T> : IScalarUnaryOperation<T, T>
        where T : IFloatingPointIeee754<T>
    {
        public static T Apply(T x) => T.IsNaN(x) || T.IsZero(x) ? x : x > T.Zero ? T.One : -T.One;
    }

    private readonly struct DecimalSign : IDecimalUnaryOperation
    {
        public static Int128 Apply(Int128 unscaled, int inputScale) => Int128.Sign(unscaled);
    }
}
