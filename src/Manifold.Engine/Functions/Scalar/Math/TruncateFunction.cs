using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("truncate", Description = "x with the digits after the decimal point (or after d places) dropped.",
    Example = "truncate(-7.9) = -7")]
internal sealed class TruncateFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("real", "real"),
        FunctionSignature.Of("double", "double"),
        FunctionSignature.Of("decimal(rp,0)", "decimal(p,s)") with { ReturnTypeResolver = TruncatedType },
        FunctionSignature.Of("double", "double", "integer"),
        FunctionSignature.Of("decimal(p,s)", "decimal(p,s)", "integer"),
    ];

    private static SqlType TruncatedType(IReadOnlyList<SqlType> arguments)
    {
        var type = (DecimalType)arguments[0];
        return DecimalType.Create(System.Math.Max(1, type.Precision - type.Scale), 0);
    }

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        if (function.ArgumentTypes.Count == 2)
        {
            return type.Kind == TypeKind.Decimal
                ? new RoundFunction.DecimalPlacesKernel((DecimalType)type, (DecimalType)type, truncate: true)
                : new BinaryKernel<double, int, double, TruncateDoublePlaces>(SqlType.Double);
        }
        return type.Kind switch
        {
            TypeKind.Real => new UnaryKernel<float, float, TruncateReal>(type),
            TypeKind.Double => new UnaryKernel<double, double, TruncateDouble>(type),
            TypeKind.Decimal => new DecimalUnaryKernel<TruncateDecimal>((DecimalType)type, (DecimalType)TruncatedType(function.ArgumentTypes)),
            _ => throw new NotSupportedException($"truncate({type})"),
        };
    }

    private readonly struct TruncateDouble : IScalarUnaryOperation<double, double>
    {
        public static double Apply(double x) => System.Math.Truncate(x);
    }

    private readonly struct TruncateReal : IScalarUnaryOperation<float, float>
    {
        public static float Apply(float x) => MathF.Truncate(x);
    }

    private readonly struct TruncateDoublePlaces : IScalarBinaryOperation<double, int, double>
    {
        public static double Apply(double x, int decimals)
        {
            if (!double.IsFinite(x))
            {
                return x;
            }
            double factor = System.Math.Pow(10, decimals);
            if (double.IsInfinity(factor))
            {
                return x;
            }
            if (factor == 0)
            {
                return 0.0 * x;
            }
            double scaled = x * factor;
            return System.Math.Abs(scaled) >= 4503599627370496.0 ? x : System.Math.Truncate(scaled) / factor;
        }
    }

    private readonly struct TruncateDecimal : IDecimalUnaryOperation
    {
        public static Int128 Apply(Int128 unscaled, int inputScale) => DecimalMath.Truncate(unscaled, inputScale);
    }
}
