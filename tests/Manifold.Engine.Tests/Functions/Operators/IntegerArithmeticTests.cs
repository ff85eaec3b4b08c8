using BigInteger = System.Numerics.BigInteger;
using Manifold.Engine.Functions.Operators;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using static Manifold.Engine.Tests.Functions.KernelHarness;

namespace Manifold.Engine.Tests.Functions.Operators;

public sealed class IntegerArithmeticTests
{
    public static TheoryData<string, int, int> Cases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (string type in (string[])["tinyint", "smallint", "integer", "bigint"])
        {
            foreach (int size in (int[])[1, 7, 2048])
            {
                data.Add(type, size, 20240 + size);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Random_arithmetic_matches_a_row_by_row_reference(string typeName, int rowCount, int seed)
    {
        SqlType type = SqlType.Parse(typeName);
        (long min, long max) = Range(type);
        var random = new Random(seed);
        for (int round = 0; round < 6; round++)
        {
            // Even rounds stay small (so large pages succeed); odd rounds include extremes and zeros (so they fail).
            bool extremes = round % 2 == 1;
            long?[] left = Generate(random, rowCount, min, max, extremes);
            long?[] right = Generate(random, rowCount, min, max, extremes);
            foreach ((IScalarFunction function, string name) in Operations())
            {
                IScalarKernel kernel = Kernel(function, [type, type]);
                Vector l = Column(type, Box(type, left));
                Vector r = Column(type, Box(type, right));
                string context = $"seed {seed}, round {round}, {name} on {typeName}";
                (object?[]? expected, ManifoldException? error) = Reference(name, type, left, right, min, max);
                if (error is not null)
                {
                    ManifoldException actual = Assert.Throws<ManifoldException>(() => { kernel.Evaluate([l, r], rowCount, Context); });
                    Assert.True(error.ErrorCode == actual.ErrorCode && error.RawMessage == actual.RawMessage,
                        $"{context}: expected {error.RawMessage}, got {actual.RawMessage}");
                    continue;
                }
                object?[] actualValues = RunAllEncodings(kernel, l, r);
                Assert.True(expected!.SequenceEqual(actualValues), $"{context}: results differ");
            }
        }
    }

    [Fact]
    public void Overflow_reports_the_first_bad_row_with_trinos_message()
    {
        IScalarKernel add = Kernel(new AddOperator(), [SqlType.BigInt, SqlType.BigInt]);
        ManifoldException error = Fails(add, Column(SqlType.BigInt, 1L, long.MaxValue, long.MaxValue), Column(SqlType.BigInt, 1L, 1L, 2L));
        AssertError(error, StandardErrorCode.NumericValueOutOfRange, "bigint addition overflow: 9223372036854775807 + 1");

        IScalarKernel multiply = Kernel(new MultiplyOperator(), [SqlType.Integer, SqlType.Integer]);
        error = Fails(multiply, Column(SqlType.Integer, 65536), Column(SqlType.Integer, 65536));
        AssertError(error, StandardErrorCode.NumericValueOutOfRange, "integer multiplication overflow: 65536 * 65536");

        IScalarKernel subtract = Kernel(new SubtractOperator(), [SqlType.TinyInt, SqlType.TinyInt]);
        error = Fails(subtract, Column(SqlType.TinyInt, (sbyte)-100), Column(SqlType.TinyInt, (sbyte)100));
        AssertError(error, StandardErrorCode.NumericValueOutOfRange, "tinyint subtraction overflow: -100 - 100");

        IScalarKernel negate = Kernel(new NegateOperator(), [SqlType.SmallInt]);
        error = Fails(negate, Column(SqlType.SmallInt, (short)-32768));
        AssertError(error, StandardErrorCode.NumericValueOutOfRange, "smallint negation overflow: -32768");
    }

    [Fact]
    public void Division_by_zero_fails_and_division_truncates()
    {
        IScalarKernel divide = Kernel(new DivideOperator(), [SqlType.BigInt, SqlType.BigInt]);
        Assert.Equal([3L, -3L, -3L, 3L], Run(divide, 4, Column(SqlType.BigInt, 7L, -7L, 7L, -7L), Column(SqlType.BigInt, 2L, 2L, -2L, -2L)));
        AssertError(Fails(divide, Column(SqlType.BigInt, 1L), Column(SqlType.BigInt, 0L)), StandardErrorCode.DivisionByZero, "Division by zero");
        AssertError(Fails(divide, Column(SqlType.BigInt, long.MinValue), Column(SqlType.BigInt, -1L)),
            StandardErrorCode.NumericValueOutOfRange, "bigint division overflow: -9223372036854775808 / -1");

        IScalarKernel modulus = Kernel(new ModulusOperator(), [SqlType.Integer, SqlType.Integer]);
        Assert.Equal([1, -1, 0], Run(modulus, 3, Column(SqlType.Integer, 7, -7, int.MinValue), Column(SqlType.Integer, 3, 3, -1)));
        AssertError(Fails(modulus, Column(SqlType.Integer, 5), Column(SqlType.Integer, 0)), StandardErrorCode.DivisionByZero, "Division by zero");
    }

    [Fact]
    public void A_bad_value_under_a_null_does_not_fail()
    {
        IScalarKernel divide = Kernel(new DivideOperator(), [SqlType.Integer, SqlType.Integer]);
        Vector dividends = Column(SqlType.Integer, 10, null, 12);
        // The divisor's null row holds 0 underneath.
        Vector divisors = Column(SqlType.Integer, 2, 5, null);
        Assert.Equal([5, null, null], Run(divide, 3, dividends, divisors));
        Assert.Equal([null, null, null], Run(divide, 3, dividends, Constant(SqlType.Integer, null, 3)));
        Assert.Equal([null, null, null], Run(divide, 3, Constant(SqlType.Integer, null, 3), Column(SqlType.Integer, 0, 0, 0)));
    }

    [Fact]
    public void Constant_operands_use_the_scalar_paths()
    {
        IScalarKernel add = Kernel(new AddOperator(), [SqlType.BigInt, SqlType.BigInt]);
        Vector column = Column(SqlType.BigInt, 1L, null, 3L);
        Assert.Equal([11L, null, 13L], Run(add, 3, column, Constant(SqlType.BigInt, 10L, 3)));
        Assert.Equal([11L, null, 13L], Run(add, 3, Constant(SqlType.BigInt, 10L, 3), column));
        Vector both = add.Evaluate([Constant(SqlType.BigInt, 2L, 5), Constant(SqlType.BigInt, 3L, 5)], 5, Context);
        Assert.IsType<ConstantVector>(both);
        Assert.Equal(5L, both.GetObject(4));
        AssertError(Fails(add, Constant(SqlType.BigInt, long.MaxValue, 2), Constant(SqlType.BigInt, 1L, 2)),
            StandardErrorCode.NumericValueOutOfRange, "bigint addition overflow: 9223372036854775807 + 1");
    }

    private static IEnumerable<(IScalarFunction, string)> Operations()
    {
        yield return (new AddOperator(), "+");
        yield return (new SubtractOperator(), "-");
        yield return (new MultiplyOperator(), "*");
        yield return (new DivideOperator(), "/");
        yield return (new ModulusOperator(), "%");
    }

    private static (long Min, long Max) Range(SqlType type) => type.Kind switch
    {
        TypeKind.TinyInt => (sbyte.MinValue, sbyte.MaxValue),
        TypeKind.SmallInt => (short.MinValue, short.MaxValue),
        TypeKind.Integer => (int.MinValue, int.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };

    private static long?[] Generate(Random random, int count, long min, long max, bool extremes)
    {
        var values = new long?[count];
        long small = (long)Math.Sqrt(max) - 1;
        for (int i = 0; i < count; i++)
        {
            if (!extremes)
            {
                long value = random.NextInt64(1, small);
                values[i] = random.Next(10) == 0 ? null : random.Next(2) == 0 ? value : -value;
                continue;
            }
            int pick = random.Next(20);
            values[i] = pick switch
            {
                0 => null,
                1 => 0,
                2 => min,
                3 => max,
                4 => -1,
                5 => random.NextInt64(-3, 4),
                < 12 => random.NextInt64(Math.Max(min, -1000), Math.Min(max, 1000)),
                _ => (long)(min + (decimal)(max - (decimal)min) * (decimal)random.NextDouble()),
            };
        }
        return values;
    }

    private static object?[] Box(SqlType type, long?[] values)
        => values.Select(v => v is null ? null : (object)(type.Kind switch
        {
            TypeKind.TinyInt => (sbyte)v.Value,
            TypeKind.SmallInt => (short)v.Value,
            TypeKind.Integer => (int)v.Value,
            _ => (object)v.Value,
        })).ToArray();

    private static (object?[]? Values, ManifoldException? Error) Reference(string operation, SqlType type, long?[] left, long?[] right, long min, long max)
    {
        var results = new long?[left.Length];
        for (int i = 0; i < left.Length; i++)
        {
            if (left[i] is not { } a || right[i] is not { } b)
            {
                continue;
            }
            string name = type.Name;
            BigInteger exact;
            switch (operation)
            {
                case "/" or "%" when b == 0:
                    return (null, new ManifoldException(StandardErrorCode.DivisionByZero, "Division by zero"));
                case "/":
                    exact = BigInteger.Divide(a, b);
                    break;
                case "%":
                    exact = BigInteger.Remainder(a, b);
                    break;
                case "+":
                    exact = (BigInteger)a + b;
                    break;
                case "-":
                    exact = (BigInteger)a - b;
                    break;
                default:
                    exact = (BigInteger)a * b;
                    break;
            }
            if (exact < min || exact > max)
            {
                string word = operation switch
                {
                    "+" => "addition",
                    "-" => "subtraction",
                    "*" => "multiplication",
                    _ => "division",
                };
                return (null, new ManifoldException(StandardErrorCode.NumericValueOutOfRange, $"{name} {word} overflow: {a} {operation} {b}"));
            }
            results[i] = (long)exact;
        }
        return (Box(type, results), null);
    }
}
