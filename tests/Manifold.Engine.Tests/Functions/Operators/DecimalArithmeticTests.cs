using Manifold.Engine.Functions.Operators;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using static Manifold.Engine.Tests.Functions.KernelHarness;
using BigInteger = System.Numerics.BigInteger;

namespace Manifold.Engine.Tests.Functions.Operators;

public sealed class DecimalArithmeticTests
{
    private static DecimalType D(int precision, int scale) => DecimalType.Create(precision, scale);

    [Fact]
    public void Result_types_follow_trinos_rules()
    {
        Assert.Equal(D(13, 4), DecimalArithmetic.AddResultType(D(10, 2), D(12, 4)));
        Assert.Equal(D(38, 2), DecimalArithmetic.AddResultType(D(38, 2), D(10, 0)));
        Assert.Equal(D(22, 6), DecimalArithmetic.MultiplyResultType(D(10, 2), D(12, 4)));
        Assert.Equal(D(16, 4), DecimalArithmetic.DivideResultType(D(10, 2), D(12, 4)));
        Assert.Equal(D(5, 1), DecimalArithmetic.DivideResultType(D(5, 1), D(2, 0)));
        Assert.Equal(D(12, 4), DecimalArithmetic.ModulusResultType(D(10, 2), D(12, 4)));
    }

    [Fact]
    public void Short_decimals_add_subtract_and_multiply_exactly()
    {
        IScalarKernel add = Kernel(new AddOperator(), [D(10, 2), D(12, 4)]);
        Assert.Equal([32_501L, null, -1L], RunAllEncodings(add, Column(D(10, 2), 125L, 1L, 0L), Column(D(12, 4), 20_001L, null, -1L)));
        IScalarKernel subtract = Kernel(new SubtractOperator(), [D(10, 2), D(10, 2)]);
        Assert.Equal([-100L], Run(subtract, 1, Column(D(10, 2), 25L), Column(D(10, 2), 125L)));
        IScalarKernel multiply = Kernel(new MultiplyOperator(), [D(5, 2), D(4, 1)]);
        Assert.Equal([3_750L], Run(multiply, 1, Column(D(5, 2), 125L), Column(D(4, 1), 30L)));
    }

    [Fact]
    public void Division_rounds_half_up_away_from_zero()
    {
        // decimal(4,1) / decimal(2,0) → decimal(4,1): 2.0 / 3 = 0.7, -2.0 / 3 = -0.7, 1.0 / 3 = 0.3, 0.5 / 2 = 0.3
        IScalarKernel divide = Kernel(new DivideOperator(), [D(4, 1), D(2, 0)]);
        Assert.Equal([7L, -7L, 3L, 3L, -3L], RunAllEncodings(divide, Column(D(4, 1), 20L, -20L, 10L, 5L, -5L), Column(D(2, 0), 3L, 3L, 3L, 2L, 2L)));
        AssertError(Fails(divide, Column(D(4, 1), 1L), Column(D(2, 0), 0L)), StandardErrorCode.DivisionByZero, "Division by zero");
    }

    [Fact]
    public void Long_decimals_overflow_at_38_digits()
    {
        DecimalType big = D(38, 0);
        Int128 max = Int128.Parse("99999999999999999999999999999999999999");
        IScalarKernel add = Kernel(new AddOperator(), [big, big]);
        AssertError(Fails(add, Column(big, max), Column(big, (Int128)1)), StandardErrorCode.NumericValueOutOfRange, "Decimal overflow");
        Assert.Equal([max], Run(add, 1, Column(big, max - 1), Column(big, (Int128)1)));

        IScalarKernel multiply = Kernel(new MultiplyOperator(), [D(20, 0), D(20, 0)]);
        Int128 tenToNineteen = Int128.Parse("10000000000000000000");
        AssertError(Fails(multiply, Column(D(20, 0), tenToNineteen), Column(D(20, 0), tenToNineteen)),
            StandardErrorCode.NumericValueOutOfRange, "Decimal overflow");
        Assert.Equal([Int128.Parse("1000000000000000000000000000000000000")],
            Run(multiply, 1, Column(D(20, 0), tenToNineteen), Column(D(20, 0), Int128.Parse("100000000000000000"))));
    }

    [Fact]
    public void Modulus_takes_the_sign_of_the_dividend_at_the_common_scale()
    {
        // decimal(5,2) % decimal(3,1): 7.25 % 2.0 = 1.25; -7.25 % 2.0 = -1.25
        IScalarKernel modulus = Kernel(new ModulusOperator(), [D(5, 2), D(3, 1)]);
        Assert.Equal([125L, -125L], Run(modulus, 2, Column(D(5, 2), 725L, -725L), Column(D(3, 1), 20L, 20L)));
    }

    [Fact]
    public void Negation_flips_short_and_long_decimals()
    {
        Assert.Equal([-5L, 7L], Run(Kernel(new NegateOperator(), [D(5, 2)]), 2, Column(D(5, 2), 5L, -7L)));
        Assert.Equal([(Int128)(-5)], Run(Kernel(new NegateOperator(), [D(25, 2)]), 1, Column(D(25, 2), (Int128)5)));
    }

    [Theory]
    [InlineData(10, 2, 12, 4, 1)]
    [InlineData(18, 6, 18, 2, 2)]
    [InlineData(20, 5, 10, 3, 3)]
    [InlineData(38, 10, 30, 20, 4)]
    [InlineData(5, 0, 20, 10, 5)]
    public void Random_decimal_arithmetic_matches_big_integer_reference(int p1, int s1, int p2, int s2, int seed)
    {
        DecimalType left = D(p1, s1);
        DecimalType right = D(p2, s2);
        var random = new Random(seed);
        foreach (int rowCount in (int[])[1, 7, 2048])
        {
            Int128?[] a = Generate(random, rowCount, p1);
            Int128?[] b = Generate(random, rowCount, p2);
            Check(new AddOperator(), DecimalArithmetic.AddResultType(left, right), (x, y) => Rescale(x, s1, Math.Max(s1, s2)) + Rescale(y, s2, Math.Max(s1, s2)));
            Check(new SubtractOperator(), DecimalArithmetic.AddResultType(left, right), (x, y) => Rescale(x, s1, Math.Max(s1, s2)) - Rescale(y, s2, Math.Max(s1, s2)));
            Check(new DivideOperator(), DecimalArithmetic.DivideResultType(left, right), (x, y) =>
            {
                int scale = Math.Max(s1, s2);
                BigInteger numerator = x * BigInteger.Pow(10, scale - s1 + s2);
                BigInteger quotient = BigInteger.DivRem(numerator, y, out BigInteger remainder);
                if (BigInteger.Abs(remainder) * 2 >= BigInteger.Abs(y))
                {
                    quotient += (numerator.Sign < 0) != (y.Sign < 0) ? -1 : 1;
                }
                return quotient;
            });
            if (s1 + s2 <= 38)
            {
                Check(new MultiplyOperator(), DecimalArithmetic.MultiplyResultType(left, right), (x, y) => x * y);
            }

            void Check(IScalarFunction function, DecimalType result, Func<BigInteger, BigInteger, BigInteger> reference)
            {
                IScalarKernel kernel = Kernel(function, [left, right]);
                var expected = new object?[rowCount];
                string? error = null;
                for (int i = 0; i < rowCount && error is null; i++)
                {
                    if (a[i] is not { } x || b[i] is not { } y)
                    {
                        continue;
                    }
                    if (function is DivideOperator && y == 0)
                    {
                        error = "Division by zero";
                        break;
                    }
                    BigInteger value = reference((BigInteger)x, (BigInteger)y);
                    if (BigInteger.Abs(value) >= BigInteger.Pow(10, result.Precision))
                    {
                        error = "Decimal overflow";
                        break;
                    }
                    expected[i] = result.IsShort ? (object)(long)value : (Int128)value;
                }
                Vector l = Column(left, Box(left, a));
                Vector r = Column(right, Box(right, b));
                string context = $"seed {seed}, rows {rowCount}, {function.GetType().Name} {left} {right}";
                if (error is not null)
                {
                    ManifoldException exception = Assert.Throws<ManifoldException>(() => { kernel.Evaluate([l, r], rowCount, Context); });
                    Assert.True(exception.RawMessage == error, $"{context}: expected {error}, got {exception.RawMessage}");
                    return;
                }
                object?[] actual = Run(kernel, rowCount, l, r);
                for (int i = 0; i < rowCount; i++)
                {
                    Assert.True(Equals(expected[i], actual[i]), $"{context}: row {i}: expected {expected[i]}, got {actual[i]} ({a[i]}, {b[i]})");
                }
            }
        }
    }

    private static BigInteger Rescale(BigInteger value, int from, int to) => value * BigInteger.Pow(10, to - from);

    private static Int128?[] Generate(Random random, int count, int precision)
    {
        var values = new Int128?[count];
        for (int i = 0; i < count; i++)
        {
            if (random.Next(10) == 0)
            {
                continue;
            }
            int digits = random.Next(1, precision + 1);
            Int128 value = 0;
            for (int d = 0; d < digits; d++)
            {
                value = value * 10 + random.Next(10);
            }
            if (count < 100 && random.Next(20) == 0)
            {
                value = 0;
            }
            if (value == 0 && count >= 100)
            {
                value = 1;
            }
            values[i] = random.Next(2) == 0 ? value : -value;
        }
        return values;
    }

    private static object?[] Box(DecimalType type, Int128?[] values)
        => values.Select(v => v is null ? null : type.IsShort ? (object)(long)v.Value : v.Value).ToArray();
}
