using System.Numerics;
using Manifold.Engine.Functions.Aggregate;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Aggregate.Reference;

namespace Manifold.Engine.Tests.Functions.Aggregate;

public sealed class BasicAggregateTests
{
    private static AggregateHarness.Input Input(Random random, int rowCount, int groupCount, params object?[][] columns)
        => new(columns, RandomData.Groups(random, rowCount, groupCount), groupCount);

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Count_star_counts_rows_and_count_x_counts_non_nulls(int seed)
    {
        var random = new Random(seed);
        var input = Input(random, 1500, 9, RandomData.Column(random, 1500, 0.3, r => RandomData.Int64(r, 100)));
        new AggregateHarness(new CountFunction(), "count", SqlType.BigInt).Check(input, seed, rows => (long)NonNull(rows).Count);
        var star = new AggregateHarness.Input([], input.Groups, input.GroupCount);
        new AggregateHarness(new CountFunction(), "count").Check(star, seed, rows => (long)rows.Count);
        var strings = Input(random, 900, 5, RandomData.Column(random, 900, 0.5, RandomData.String));
        new AggregateHarness(new CountFunction(), "count", SqlType.Varchar).Check(strings, seed, rows => (long)NonNull(rows).Count);
    }

    [Fact]
    public void Count_of_an_all_null_constant_is_zero()
    {
        var input = new AggregateHarness.Input([Enumerable.Repeat<object?>(null, 50).ToArray()], new int[50], 2);
        new AggregateHarness(new CountFunction(), "count", SqlType.BigInt).Check(input, 7, rows => (long)NonNull(rows).Count);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Count_if_counts_true_values(int seed)
    {
        var random = new Random(seed);
        var input = Input(random, 1200, 6, RandomData.Column(random, 1200, 0.2, r => r.Next(3) == 0));
        new AggregateHarness(new CountIfFunction(), "count_if", SqlType.Boolean).Check(input, seed, rows => (long)NonNull(rows).Count(v => (bool)v));
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Sum_of_integral_types_is_a_bigint(int seed)
    {
        var random = new Random(seed);
        foreach ((SqlType type, Func<long, object> box) in new (SqlType, Func<long, object>)[]
        {
            (SqlType.TinyInt, v => (sbyte)(v % 128)), (SqlType.SmallInt, v => (short)v), (SqlType.Integer, v => (int)v), (SqlType.BigInt, v => v),
            (SqlType.IntervalDayToSecond, v => v * 1000),
        })
        {
            var input = Input(random, 2000, 12, RandomData.Column(random, 2000, 0.25, r => box((long)RandomData.Int64(r, 30000))));
            var harness = new AggregateHarness(new SumFunction(), "sum", type);
            Assert.Equal(type == SqlType.IntervalDayToSecond ? type : SqlType.BigInt, harness.ReturnType);
            harness.Check(input, seed, SumInt64);
        }
    }

    [Fact]
    public void Sum_of_bigint_overflow_fails_with_numeric_value_out_of_range()
    {
        var input = new AggregateHarness.Input([new object?[] { long.MaxValue - 5, 3L, 4L }], [0, 0, 0], 1);
        var harness = new AggregateHarness(new SumFunction(), "sum", SqlType.BigInt);
        var error = Assert.Throws<ManifoldException>(() => harness.RunSingle(input, new Random(1), InputEncoding.Flat));
        Assert.Equal(StandardErrorCode.NumericValueOutOfRange, error.ErrorCode);
        var negative = new AggregateHarness.Input([new object?[] { long.MinValue, -1L }], [0, 0], 1);
        Assert.Throws<ManifoldException>(() => harness.RunSingle(negative, new Random(1), InputEncoding.Flat));
    }

    [Fact]
    public void Sum_of_bigint_overflow_in_merge_fails()
    {
        var input = new AggregateHarness.Input([new object?[] { long.MaxValue, long.MaxValue }], [0, 0], 1);
        var harness = new AggregateHarness(new SumFunction(), "sum", SqlType.BigInt);
        var error = Assert.Throws<ManifoldException>(() => harness.RunSplit(input, new Random(3), InputEncoding.Flat, contiguous: true));
        Assert.Equal(StandardErrorCode.NumericValueOutOfRange, error.ErrorCode);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Sum_of_double_and_real(int seed)
    {
        var random = new Random(seed);
        var doubles = Input(random, 1500, 7, RandomData.Column(random, 1500, 0.3, r => r.NextDouble() * 1000 - 500));
        new AggregateHarness(new SumFunction(), "sum", SqlType.Double).Check(doubles, seed,
            rows => NonNull(rows) is { Count: > 0 } values ? values.Sum(v => (double)v) : null);
        var reals = Input(random, 1500, 7, RandomData.Column(random, 1500, 0.3, r => (float)(r.NextDouble() * 100)));
        new AggregateHarness(new SumFunction(), "sum", SqlType.Real).Check(reals, seed,
            rows => NonNull(rows) is { Count: > 0 } values ? (float)values.Sum(v => (double)(float)v) : null, tolerance: 1e-6);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Sum_of_decimals_is_decimal_38(int seed)
    {
        var random = new Random(seed);
        var shortInput = Input(random, 1500, 7, RandomData.Column(random, 1500, 0.3, r => r.NextInt64(-999_999_999_999, 1_000_000_000_000)));
        var harness = new AggregateHarness(new SumFunction(), "sum", SqlType.CreateDecimal(12, 2));
        Assert.Equal(SqlType.CreateDecimal(38, 2), harness.ReturnType);
        harness.Check(shortInput, seed, rows => NonNull(rows) is { Count: > 0 } values ? (Int128)values.Aggregate(BigInteger.Zero, (s, v) => s + ToBig(v)) : null);

        Int128 big = Int128.Parse("9999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);
        var longInput = Input(random, 1500, 7, RandomData.Column(random, 1500, 0.3, r => (Int128)r.NextInt64() * r.Next(1, 1000) % big));
        new AggregateHarness(new SumFunction(), "sum", SqlType.CreateDecimal(30, 4)).Check(longInput, seed,
            rows => NonNull(rows) is { Count: > 0 } values ? (Int128)values.Aggregate(BigInteger.Zero, (s, v) => s + ToBig(v)) : null);
    }

    [Fact]
    public void Sum_of_decimals_survives_intermediate_overflow_that_cancels_but_fails_past_38_digits()
    {
        Int128 max = Int128.Parse("99999999999999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);
        var harness = new AggregateHarness(new SumFunction(), "sum", SqlType.CreateDecimal(38, 0));
        var cancels = new AggregateHarness.Input([new object?[] { max, max, max, -max, -max }], [0, 0, 0, 0, 0], 1);
        Assert.Equal(max, harness.RunSingle(cancels, new Random(1), InputEncoding.Flat)[0]);
        Assert.Equal(max, harness.RunSplit(cancels, new Random(2), InputEncoding.Flat, contiguous: false)[0]);
        var overflows = new AggregateHarness.Input([new object?[] { max, 1L * 1 == 1 ? (Int128)1 : 0 }], [0, 0], 1);
        var error = Assert.Throws<ManifoldException>(() => harness.RunSingle(overflows, new Random(1), InputEncoding.Flat));
        Assert.Equal(StandardErrorCode.NumericValueOutOfRange, error.ErrorCode);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Avg_of_numbers(int seed)
    {
        var random = new Random(seed);
        var ints = Input(random, 1500, 7, RandomData.Column(random, 1500, 0.3, r => r.Next(-1000, 1000)));
        var harness = new AggregateHarness(new AvgFunction(), "avg", SqlType.Integer);
        Assert.Equal(SqlType.Double, harness.ReturnType);
        harness.Check(ints, seed, rows => NonNull(rows) is { Count: > 0 } values ? values.Average(v => (double)(int)v) : null);
        var doubles = Input(random, 1500, 7, RandomData.Column(random, 1500, 0.3, r => r.NextDouble()));
        new AggregateHarness(new AvgFunction(), "avg", SqlType.Double).Check(doubles, seed, rows => NonNull(rows) is { Count: > 0 } values ? values.Average(v => (double)v) : null);
        var reals = Input(random, 1500, 7, RandomData.Column(random, 1500, 0.3, r => (float)r.NextDouble()));
        var realHarness = new AggregateHarness(new AvgFunction(), "avg", SqlType.Real);
        Assert.Equal(SqlType.Real, realHarness.ReturnType);
        realHarness.Check(reals, seed, rows => NonNull(rows) is { Count: > 0 } values ? (float)values.Average(v => (double)(float)v) : null);
        var intervals = Input(random, 1500, 7, RandomData.Column(random, 1500, 0.3, r => RandomData.Int64(r, 1_000_000)));
        new AggregateHarness(new AvgFunction(), "avg", SqlType.IntervalDayToSecond).Check(intervals, seed,
            rows => NonNull(rows) is { Count: > 0 } values ? (long)Math.Floor(values.Average(v => (double)(long)v) + 0.5) : null);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Avg_of_decimals_rounds_half_up_in_the_input_type(int seed)
    {
        var random = new Random(seed);
        var shortInput = Input(random, 1500, 9, RandomData.Column(random, 1500, 0.3, r => r.NextInt64(-99_999, 100_000)));
        var harness = new AggregateHarness(new AvgFunction(), "avg", SqlType.CreateDecimal(5, 2));
        Assert.Equal(SqlType.CreateDecimal(5, 2), harness.ReturnType);
        harness.Check(shortInput, seed, rows => NonNull(rows) is { Count: > 0 } values
            ? (long)DivideHalfUp(values.Aggregate(BigInteger.Zero, (s, v) => s + ToBig(v)), values.Count) : null);
        var longInput = Input(random, 1500, 9, RandomData.Column(random, 1500, 0.3, r => (Int128)r.NextInt64() * r.Next(1, 100)));
        new AggregateHarness(new AvgFunction(), "avg", SqlType.CreateDecimal(25, 3)).Check(longInput, seed, rows => NonNull(rows) is { Count: > 0 } values
            ? (Int128)DivideHalfUp(values.Aggregate(BigInteger.Zero, (s, v) => s + ToBig(v)), values.Count) : null);
    }

    [Fact]
    public void Avg_of_decimals_rounds_half_away_from_zero()
    {
        var harness = new AggregateHarness(new AvgFunction(), "avg", SqlType.CreateDecimal(4, 1));
        // (0.1 + 0.2) / 2 = 0.15 -> 0.2; (-0.1 + -0.2) / 2 -> -0.2; 0.1 + 0.1 + 0.2 = 0.4 / 3 = 0.133 -> 0.1.
        var input = new AggregateHarness.Input([new object?[] { 1L, 2L, -1L, -2L, 1L, 1L, 2L }], [0, 0, 1, 1, 2, 2, 2], 3);
        Assert.Equal(new object?[] { 2L, -2L, 1L }, harness.RunSingle(input, new Random(1), InputEncoding.Flat));
    }

    [Fact]
    public void Avg_of_long_decimals_past_128_bits_is_exact()
    {
        Int128 max = Int128.Parse("99999999999999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);
        var harness = new AggregateHarness(new AvgFunction(), "avg", SqlType.CreateDecimal(38, 0));
        var input = new AggregateHarness.Input([new object?[] { max, max, max, max - 3 }], [0, 0, 0, 0], 1);
        Int128 expected = (Int128)DivideHalfUp((BigInteger)max * 4 - 3, 4);
        Assert.Equal(expected, harness.RunSingle(input, new Random(1), InputEncoding.Flat)[0]);
        Assert.Equal(expected, harness.RunSplit(input, new Random(5), InputEncoding.Flat, contiguous: false)[0]);
    }
}
