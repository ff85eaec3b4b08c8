using System.Numerics;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("round", Description = "x rounded half away from zero to the nearest integer, or to d decimal places.",
    Example = "round(2.45, 1) = 2.5")]
internal sealed class RoundFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("tinyint", "tinyint"),
        FunctionSignature.Of("smallint", "smallint"),
        FunctionSignature.Of("integer", "integer"),
        FunctionSignature.Of("bigint", "bigint"),
        FunctionSignature.Of("real", "real"),
        FunctionSignature.Of("double", "double"),
        FunctionSignature.Of("decimal(rp,0)", "decimal(p,s)") with { ReturnTypeResolver = RoundedType },
        FunctionSignature.Of("tinyint", "tinyint", "integer"),
        FunctionSignature.Of("smallint", "smallint", "integer"),
        FunctionSignature.Of("integer", "integer", "integer"),
        FunctionSignature.Of("bigint", "bigint", "integer"),
        FunctionSignature.Of("real", "real", "integer"),
        FunctionSignature.Of("double", "double", "integer"),
        FunctionSignature.Of("decimal(rp,s)", "decimal(p,s)", "integer") with { ReturnTypeResolver = RoundedToPlacesType },
    ];

    private static SqlType RoundedType(IReadOnlyList<SqlType> arguments)
    {
        var type = (DecimalType)arguments[0];
        return DecimalType.Create(System.Math.Min(38, System.Math.Max(1, type.Precision - type.Scale + System.Math.Min(1, type.Scale))), 0);
    }

    private static SqlType RoundedToPlacesType(IReadOnlyList<SqlType> arguments)
    {
        var type = (DecimalType)arguments[0];
        return DecimalType.Create(System.Math.Min(38, type.Precision + 1), type.Scale);
    }

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        if (function.ArgumentTypes.Count == 1)
        {
            return type.Kind switch
            {
                TypeKind.TinyInt => new UnaryKernel<sbyte, sbyte, Identity<sbyte>>(type),
                TypeKind.SmallInt => new UnaryKernel<short, short, Identity<short>>(type),
                TypeKind.Integer => new UnaryKernel<int, int, Identity<int>>(type),
                TypeKind.BigInt => new UnaryKernel<long, long, Identity<long>>(type),
                TypeKind.Real => new UnaryKernel<float, float, RoundReal>(type),
                TypeKind.Double => new UnaryKernel<double, double, RoundDouble>(type),
                TypeKind.Decimal => new DecimalUnaryKernel<RoundDecimal>((DecimalType)type, (DecimalType)RoundedType(function.ArgumentTypes)),
                _ => throw new NotSupportedException($"round({type})"),
            };
        }
        return type.Kind switch
        {
            TypeKind.TinyInt => new BinaryKernel<sbyte, int, sbyte, RoundInteger<sbyte>>(type),
            TypeKind.SmallInt => new BinaryKernel<short, int, short, RoundInteger<short>>(type),
            TypeKind.Integer => new BinaryKernel<int, int, int, RoundInteger<int>>(type),
            TypeKind.BigInt => new BinaryKernel<long, int, long, RoundInteger<long>>(type),
            TypeKind.Real => new BinaryKernel<float, int, float, RoundRealPlaces>(type),
            TypeKind.Double => new BinaryKernel<double, int, double, RoundDoublePlaces>(type),
            TypeKind.Decimal => new DecimalPlacesKernel((DecimalType)type, (DecimalType)RoundedToPlacesType(function.ArgumentTypes), truncate: false),
            _ => throw new NotSupportedException($"round({type}, integer)"),
        };
    }

    /// <summary>Rounds half away from zero to <paramref name="decimals"/> places, as Trino does for doubles.</summary>
    internal static double RoundDoubleTo(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            return value;
        }
        double factor = System.Math.Pow(10, decimals);
        if (double.IsInfinity(factor))
        {
            return value;
        }
        if (factor == 0)
        {
            return 0.0 * value;
        }
        double scaled = System.Math.Abs(value) * factor;
        if (scaled >= 4503599627370496.0)
        {
            return value;
        }
        double rounded = System.Math.Round(scaled, MidpointRounding.AwayFromZero) / factor;
        return value < 0 ? -rounded : rounded;
    }

    private readonly struct Identity<T> : IScalarUnaryOperation<T, T>
    {
        public static T Apply(T x) => x;
    }

    private readonly struct RoundDouble : IScalarUnaryOperation<double, double>
    {
        public static double Apply(double x) => RoundDoubleTo(x, 0);
    }

    private readonly struct RoundReal : IScalarUnaryOperation<float, float>
    {
        public static float Apply(float x) => (float)RoundDoubleTo(x, 0);
    }

    private readonly struct RoundDoublePlaces : IScalarBinaryOperation<double, int, double>
    {
        public static double Apply(double x, int decimals) => RoundDoubleTo(x, decimals);
    }

    private readonly struct RoundRealPlaces : IScalarBinaryOperation<float, int, float>
    {
        public static float Apply(float x, int decimals) => (float)RoundDoubleTo(x, decimals);
    }

    private readonly struct RoundDecimal : IDecimalUnaryOperation
    {
        public static Int128 Apply(Int128 unscaled, int inputScale) => DecimalMath.Round(unscaled, inputScale);
    }

    private readonly struct RoundInteger<T> : IScalarBinaryOperation<T, int, T>
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        public static T Apply(T x, int decimals)
        {
            if (decimals >= 0)
            {
                return x;
            }
            if (decimals < -38)
            {
                return T.Zero;
            }
            Int128 factor = DecimalMath.PowerOfTen(-decimals);
            Int128 rounded = DecimalMath.DivideRoundHalfUp(Int128.CreateTruncating(x), factor) * factor;
            if (rounded > Int128.CreateTruncating(T.MaxValue) || rounded < Int128.CreateTruncating(T.MinValue))
            {
                FunctionErrors.OutOfRange($"Out of range for {NumericTypes.NameOf<T>()}: {rounded}");
            }
            return T.CreateTruncating(rounded);
        }
    }

    /// <summary>round(decimal, integer) and truncate(decimal, integer): keep the scale, zero the dropped digits.</summary>
    internal sealed class DecimalPlacesKernel(DecimalType input, DecimalType output, bool truncate) : ScalarKernel(output)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var values = new DecimalReader(arguments[0], input);
            FixedReader<int> places = FixedReader<int>.Of(arguments[1]);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var result = new DecimalResult(output, rowCount, nulls);
            int scale = input.Scale;
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    continue;
                }
                Int128 value = values[row];
                long decimals = places[row];
                if (decimals >= scale)
                {
                    result.Set(row, value);
                    continue;
                }
                // Trino: truncation to at or above the leading digit gives zero; rounding may still carry into it.
                long kept = input.Precision - scale + decimals;
                if (truncate ? kept <= 0 : kept < 0)
                {
                    result.Set(row, 0);
                    continue;
                }
                Int128 factor = DecimalMath.PowerOfTen((int)(scale - decimals));
                Int128 shortened = truncate ? value / factor : DecimalMath.DivideRoundHalfUp(value, factor);
                result.Set(row, shortened * factor);
            }
            return result.Build();
        }
    }
}
