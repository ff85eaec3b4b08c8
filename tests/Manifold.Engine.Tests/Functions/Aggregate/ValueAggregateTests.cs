using Manifold.Engine.Functions.Aggregate;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Aggregate.Reference;

namespace Manifold.Engine.Tests.Functions.Aggregate;

public sealed class ValueAggregateTests
{
    private static AggregateHarness.Input Input(Random random, int rowCount, int groupCount, params object?[][] columns)
        => new(columns, RandomData.Groups(random, rowCount, groupCount), groupCount);

    private static void CheckMinMax(SqlType type, AggregateHarness.Input input, int seed, Comparison<object> compare)
    {
        new AggregateHarness(new MinFunction(), "min", type).Check(input, seed, rows => Extreme(rows, compare, minimum: true));
        new AggregateHarness(new MaxFunction(), "max", type).Check(input, seed, rows => Extreme(rows, compare, minimum: false));
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Min_and_max_of_fixed_width_types(int seed)
    {
        var random = new Random(seed);
        CheckMinMax(SqlType.BigInt, Input(random, 2000, 15, RandomData.Column(random, 2000, 0.3, r => RandomData.Int64(r, long.MaxValue / 2))), seed, CompareValues);
        CheckMinMax(SqlType.Integer, Input(random, 2000, 15, RandomData.Column(random, 2000, 0.3, r => r.Next())), seed, CompareValues);
        CheckMinMax(SqlType.SmallInt, Input(random, 500, 4, RandomData.Column(random, 500, 0.3, r => (short)r.Next(-30000, 30000))), seed, CompareValues);
        CheckMinMax(SqlType.TinyInt, Input(random, 500, 4, RandomData.Column(random, 500, 0.3, r => (sbyte)r.Next(-128, 128))), seed, CompareValues);
        CheckMinMax(SqlType.Date, Input(random, 500, 4, RandomData.Column(random, 500, 0.3, r => r.Next(-100000, 100000))), seed, CompareValues);
        CheckMinMax(SqlType.Boolean, Input(random, 500, 30, RandomData.Column(random, 500, 0.3, r => r.Next(2) == 0)), seed, CompareValues);
        CheckMinMax(SqlType.CreateDecimal(30, 2), Input(random, 800, 6, RandomData.Column(random, 800, 0.3, r => (Int128)(long)RandomData.Int64(r, long.MaxValue / 2) * r.Next())), seed, CompareValues);
        CheckMinMax(SqlType.Real, Input(random, 800, 6, RandomData.Column(random, 800, 0.3, r => (float)r.NextDouble())), seed, CompareValues);
        CheckMinMax(SqlType.Uuid, Input(random, 800, 6, RandomData.Column(random, 800, 0.3, r => (Int128)new UInt128((ulong)r.NextInt64(), (ulong)r.NextInt64()))), seed,
            (a, b) => ((UInt128)(Int128)a).CompareTo((UInt128)(Int128)b));
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Min_and_max_of_double_ignore_NaN_unless_every_value_is_NaN(int seed)
    {
        var random = new Random(seed);
        var input = Input(random, 1500, 40, RandomData.Column(random, 1500, 0.2, r => r.Next(3) == 0 ? double.NaN : r.NextDouble() - 0.5));
        new AggregateHarness(new MinFunction(), "min", SqlType.Double).Check(input, seed, rows => FloatingExtreme(rows, minimum: true));
        new AggregateHarness(new MaxFunction(), "max", SqlType.Double).Check(input, seed, rows => FloatingExtreme(rows, minimum: false));
        var onlyNaN = new AggregateHarness.Input([new object?[] { double.NaN, null, double.NaN }], [0, 0, 0], 1);
        Assert.True(double.IsNaN((double)new AggregateHarness(new MaxFunction(), "max", SqlType.Double).RunSingle(onlyNaN, random, InputEncoding.Flat)[0]!));
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Min_and_max_of_varchar_and_varbinary_compare_bytes(int seed)
    {
        var random = new Random(seed);
        CheckMinMax(SqlType.Varchar, Input(random, 3000, 25, RandomData.Column(random, 3000, 0.3, RandomData.String)), seed, CompareValues);
        var binary = Input(random, 1000, 8, RandomData.Column(random, 1000, 0.3, r => Enumerable.Range(0, r.Next(6)).Select(_ => (byte)r.Next(256)).ToArray()));
        Comparison<object> bytes = (a, b) => ((byte[])a).AsSpan().SequenceCompareTo((byte[])b);
        CheckMinMax(SqlType.Varbinary, binary, seed, bytes);
    }

    [Fact]
    public void Min_of_varchar_keeps_a_bounded_arena_over_many_replacements()
    {
        // Strictly decreasing, growing strings: every row replaces the group's value and needs a new arena slot.
        var harness = new AggregateHarness(new MinFunction(), "min", SqlType.Varchar);
        int rows = 20000;
        object?[] values = Enumerable.Range(0, rows).Select(i => (object?)(new string('a', i % 50) + (char)('z' - i % 20))).ToArray();
        values = values.OrderByDescending(v => (string)v!, StringComparer.Ordinal).ToArray();
        var input = new AggregateHarness.Input([values], Enumerable.Range(0, rows).Select(i => i % 4).ToArray(), 4);
        var accumulator = new MinFunction().Specialize(SignatureBinder.Bind("min", new MinFunction().Signatures, SqlType.Varchar)).Create();
        accumulator.EnsureCapacity(4);
        accumulator.Add(input.Groups, [AggregateHarness.Encode(SqlType.Varchar, values, new Random(1), InputEncoding.Flat)], rows);
        Assert.InRange(accumulator.EstimatedBytes, 16, 64 * 1024);
        Assert.Equal(values.Where((_, i) => i % 4 == 0).Select(v => (string)v!).Min(StringComparer.Ordinal), harness.RunSingle(input, new Random(1), InputEncoding.Flat)[0]);
    }

    [Theory, InlineData(1), InlineData(2)]
    public void Min_and_max_of_arrays_compare_element_wise(int seed)
    {
        var random = new Random(seed);
        var type = SqlType.CreateArray(SqlType.BigInt);
        var input = Input(random, 600, 6, RandomData.Column(random, 600, 0.2, r => Enumerable.Range(0, r.Next(4)).Select(_ => (object?)(long)r.Next(3)).ToArray()));
        CheckMinMax(type, input, seed, CompareValues);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Min_by_and_max_by_take_the_value_of_the_extreme_key(int seed)
    {
        var random = new Random(seed);
        // Keys are drawn from few values so ties are common: the first row seen wins them.
        object?[] keys = RandomData.Column(random, 1500, 0.2, r => (long)r.Next(20));
        object?[] values = RandomData.Column(random, 1500, 0.2, RandomData.String);
        var input = Input(random, 1500, 10, values, keys);
        object? Pick(List<object?[]> rows, bool minimum)
        {
            object?[]? best = null;
            foreach (object?[] row in rows.Where(r => r[1] is not null))
            {
                if (best is null || (minimum ? (long)row[1]! < (long)best[1]! : (long)row[1]! > (long)best[1]!))
                {
                    best = row;
                }
            }
            return best?[0];
        }
        new AggregateHarness(new MinByFunction(), "min_by", SqlType.Varchar, SqlType.BigInt).Check(input, seed, rows => Pick(rows, true), orderSensitive: true);
        new AggregateHarness(new MaxByFunction(), "max_by", SqlType.Varchar, SqlType.BigInt).Check(input, seed, rows => Pick(rows, false), orderSensitive: true);

        var swapped = Input(random, 1500, 10, keys, values);
        object? PickByString(List<object?[]> rows, bool minimum)
        {
            object?[]? best = null;
            foreach (object?[] row in rows.Where(r => r[1] is not null))
            {
                int order = best is null ? 0 : string.CompareOrdinal((string)row[1]!, (string)best[1]!);
                if (best is null || (minimum ? order < 0 : order > 0))
                {
                    best = row;
                }
            }
            return best?[0];
        }
        new AggregateHarness(new MinByFunction(), "min_by", SqlType.BigInt, SqlType.Varchar).Check(swapped, seed, rows => PickByString(rows, true), orderSensitive: true);
        new AggregateHarness(new MaxByFunction(), "max_by", SqlType.BigInt, SqlType.Varchar).Check(swapped, seed, rows => PickByString(rows, false), orderSensitive: true);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Bool_and_and_bool_or(int seed)
    {
        var random = new Random(seed);
        var input = Input(random, 800, 60, RandomData.Column(random, 800, 0.3, r => r.Next(6) != 0));
        new AggregateHarness(new BoolAndFunction(), "bool_and", SqlType.Boolean).Check(input, seed, rows => NonNull(rows) is { Count: > 0 } v ? v.All(x => (bool)x) : null);
        new AggregateHarness(new BoolOrFunction(), "bool_or", SqlType.Boolean).Check(input, seed, rows => NonNull(rows) is { Count: > 0 } v ? v.Any(x => (bool)x) : null);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Arbitrary_returns_a_non_null_value_of_the_group(int seed)
    {
        var random = new Random(seed);
        var input = Input(random, 800, 30, RandomData.Column(random, 800, 0.6, RandomData.String));
        new AggregateHarness(new ArbitraryFunction(), "arbitrary", SqlType.Varchar).Check(input, seed, rows => NonNull(rows).FirstOrDefault(), orderSensitive: true);
        var numbers = Input(random, 800, 30, RandomData.Column(random, 800, 0.6, r => r.NextDouble()));
        new AggregateHarness(new ArbitraryFunction(), "arbitrary", SqlType.Double).Check(numbers, seed, rows => NonNull(rows).FirstOrDefault(), orderSensitive: true);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Array_agg_keeps_input_order_and_nulls(int seed)
    {
        var random = new Random(seed);
        object? Collect(List<object?[]> rows) => rows.Count == 0 ? null : rows.Select(r => r[0]).ToArray();
        new AggregateHarness(new ArrayAggFunction(), "array_agg", SqlType.BigInt)
            .Check(Input(random, 1500, 12, RandomData.Column(random, 1500, 0.2, r => RandomData.Int64(r, 1000))), seed, Collect, orderSensitive: true);
        new AggregateHarness(new ArrayAggFunction(), "array_agg", SqlType.Varchar)
            .Check(Input(random, 1500, 12, RandomData.Column(random, 1500, 0.2, RandomData.String)), seed, Collect, orderSensitive: true);
        var nested = SqlType.CreateArray(SqlType.Integer);
        new AggregateHarness(new ArrayAggFunction(), "array_agg", nested)
            .Check(Input(random, 1500, 12, RandomData.Column(random, 1500, 0.2, r => Enumerable.Range(0, r.Next(3)).Select(_ => (object?)r.Next(9)).ToArray())), seed, Collect, orderSensitive: true);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Listagg_joins_non_null_values_with_the_separator(int seed)
    {
        var random = new Random(seed);
        int rows = 1200;
        var input = Input(random, rows, 10, RandomData.Column(random, rows, 0.2, RandomData.String), Enumerable.Repeat<object?>(", ", rows).ToArray());
        new AggregateHarness(new ListaggFunction(), "listagg", SqlType.Varchar, SqlType.Varchar)
            .Check(input, seed, rows => NonNull(rows) is { Count: > 0 } v ? string.Join(", ", v) : null, orderSensitive: true);
    }

    [Fact]
    public void Listagg_past_one_mebibyte_fails_by_default_and_truncates_on_request()
    {
        string chunk = new('x', 100_000);
        int rows = 11;
        object?[] values = Enumerable.Repeat<object?>(chunk, rows).ToArray();
        var error = Assert.Throws<ManifoldException>(() => new AggregateHarness(new ListaggFunction(), "listagg", SqlType.Varchar, SqlType.Varchar)
            .RunSingle(new AggregateHarness.Input([values, Enumerable.Repeat<object?>(",", rows).ToArray()], new int[rows], 1), new Random(1), InputEncoding.Flat));
        Assert.Equal(StandardErrorCode.ExceededFunctionMemoryLimit, error.ErrorCode);

        var truncating = new AggregateHarness(new ListaggFunction(), "listagg", SqlType.Varchar, SqlType.Varchar, SqlType.Boolean, SqlType.Varchar, SqlType.Boolean);
        var input = new AggregateHarness.Input(
            [values, Enumerable.Repeat<object?>(",", rows).ToArray(), Enumerable.Repeat<object?>(false, rows).ToArray(),
             Enumerable.Repeat<object?>("...", rows).ToArray(), Enumerable.Repeat<object?>(true, rows).ToArray()],
            new int[rows], 1);
        string result = (string)truncating.RunSingle(input, new Random(1), InputEncoding.Flat)[0]!;
        Assert.Equal(string.Join(",", Enumerable.Repeat(chunk, 10)) + ",...(1)", result);
    }

    [Fact]
    public void Estimated_bytes_grow_with_the_values_held()
    {
        var accumulator = new ArrayAggFunction().Specialize(SignatureBinder.Bind("array_agg", new ArrayAggFunction().Signatures, SqlType.Varchar)).Create();
        accumulator.EnsureCapacity(1);
        long before = accumulator.EstimatedBytes;
        object?[] values = Enumerable.Repeat<object?>(new string('q', 100), 1000).ToArray();
        accumulator.Add(new int[1000], [AggregateHarness.Encode(SqlType.Varchar, values, new Random(1), InputEncoding.Flat)], 1000);
        Assert.True(accumulator.EstimatedBytes - before >= 100_000, $"{accumulator.EstimatedBytes - before} bytes counted for 100000 bytes of values");
    }
}
