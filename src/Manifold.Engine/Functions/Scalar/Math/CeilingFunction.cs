using System.Numerics;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("ceiling", Description = "Smallest integer not less than x.", Example = "ceiling(-42.8) = -42", Aliases = ["ceil"])]
internal sealed class CeilingFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("tinyint", "tinyint"),
        FunctionSignature.Of("smallint", "smallint"),
        FunctionSignature.Of("integer", "integer"),
        FunctionSignature.Of("bigint", "bigint"),
        FunctionSignature.Of("real", "real"),
        FunctionSignature.Of("double", "double"),
        FunctionSignature.Of("decimal(rp,0)", "decimal(p,s)") with { ReturnTypeResolver = DecimalResultType },
    ];

    /// <summary>decimal(p - s + min(s, 1), 0), as in Trino.</summary>
    internal static SqlType DecimalResultType(IReadOnlyList<SqlType> arguments)
    {
        var type = (DecimalType)arguments[0];
        return DecimalType.Create(System.Math.Max(1, type.Precision - type.Scale + System.Math.Min(type.Scale, 1)), 0);
    }

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        return type.Kind switch
        {
            TypeKind.TinyInt => new UnaryKernel<sbyte, sbyte, Identity<sbyte>>(type),
            TypeKind.SmallInt => new UnaryKernel<short, short, Identity<short>>(type),
            TypeKind.Integer => new UnaryKernel<int, int, Identity<int>>(type),
            TypeKind.BigInt => new UnaryKernel<long, long, Identity<long>>(type),
            TypeKind.Real => new UnaryKernel<float, float, Float<float>>(type),
            TypeKind.Double => new UnaryKernel<double, double, Float<double>>(type),
            TypeKind.Decimal => new DecimalUnaryKernel<DecimalOperation>((DecimalType)type, (DecimalType)DecimalResultType(function.ArgumentTypes)),
            _ => throw new NotSupportedException($"ceiling({type})"),
        };
    }

    private readonly struct Identity<T> : IScalarUnaryOperation<T, T>
    {
        public static T Apply(T x) => x;
    }

    private readonly struct Float<T> : IScalarUnaryOperation<T, T>
        where T : IFloatingPointIeee754<T>
    {
        public static T Apply(T x) => T.Ceiling(x);
    }

    private readonly struct DecimalOperation : IDecimalUnaryOperation
    {
        public static Int128 Apply(Int128 unscaled, int inputScale) => DecimalMath.Ceiling(unscaled, inputScale);
    }
}
