using System.Numerics;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("mod", Description = "The remainder of n divided by m, with the sign of n.", Example = "mod(-7, 3) = -1")]
internal sealed class ModFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("tinyint", "tinyint", "tinyint"),
        FunctionSignature.Of("smallint", "smallint", "smallint"),
        FunctionSignature.Of("integer", "integer", "integer"),
        FunctionSignature.Of("bigint", "bigint", "bigint"),
        FunctionSignature.Of("real", "real", "real"),
        FunctionSignature.Of("double", "double", "double"),
        FunctionSignature.Of("decimal(rp,rs)", "decimal(p1,s1)", "decimal(p2,s2)") with { ReturnTypeResolver = DecimalResultType },
    ];

    /// <summary>decimal(min(p2 - s2, p1 - s1) + max(s1, s2), max(s1, s2)), as in Trino.</summary>
    private static SqlType DecimalResultType(IReadOnlyList<SqlType> arguments)
    {
        var left = (DecimalType)arguments[0];
        var right = (DecimalType)arguments[1];
        int scale = System.Math.Max(left.Scale, right.Scale);
        int precision = System.Math.Min(right.Precision - right.Scale, left.Precision - left.Scale) + scale;
        return DecimalType.Create(System.Math.Clamp(precision, System.Math.Max(1, scale), 38), scale);
    }

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        return type.Kind switch
        {
            TypeKind.TinyInt => new BinaryKernel<sbyte, sbyte, sbyte, IntegerMod<sbyte>>(type),
            TypeKind.SmallInt => new BinaryKernel<short, short, short, IntegerMod<short>>(type),
            TypeKind.Integer => new BinaryKernel<int, int, int, IntegerMod<int>>(type),
            TypeKind.BigInt => new BinaryKernel<long, long, long, IntegerMod<long>>(type),
            TypeKind.Real => new BinaryKernel<float, float, float, FloatMod<float>>(type),
            TypeKind.Double => new BinaryKernel<double, double, double, FloatMod<double>>(type),
            TypeKind.Decimal => new DecimalKernel((DecimalType)type, (DecimalType)function.ArgumentTypes[1], (DecimalType)DecimalResultType(function.ArgumentTypes)),
            _ => throw new NotSupportedException($"mod({type})"),
        };
    }

    private readonly struct IntegerMod<T> : IScalarBinaryOperation<T, T, T>
        where T : IBinaryInteger<T>, ISignedNumber<T>
    {
        public static T Apply(T x, T y)
        {
            if (T.IsZero(y))
            {
                FunctionErrors.DivisionByZero();
            }
            return y == T.NegativeOne ? T.Zero : x % y;
        }
    }

    private readonly struct FloatMod<T> : IScalarBinaryOperation<T, T, T>
        where T : IFloatingPointIeee754<T>
    {
        public static T Apply(T x, T y) => x % y;
    }

    private sealed class DecimalKernel(DecimalType left, DecimalType right, DecimalType output) : ScalarKernel(output)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var dividends = new DecimalReader(arguments[0], left);
            var divisors = new DecimalReader(arguments[1], right);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var result = new DecimalResult(output, rowCount, nulls);
            int scale = output.Scale;
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    continue;
                }
                Int128 divisor = divisors[row] * DecimalMath.PowerOfTen(scale - right.Scale);
                if (divisor == 0)
                {
                    FunctionErrors.DivisionByZero();
                }
                Int128 dividend = dividends[row] * DecimalMath.PowerOfTen(scale - left.Scale);
                result.Set(row, dividend % divisor);
            }
            return result.Build();
        }
    }
}
