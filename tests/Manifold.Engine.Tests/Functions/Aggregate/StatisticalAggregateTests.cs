using Manifold.Engine.Functions.Aggregate;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Aggregate.Reference;

namespace Manifold.Engine.Tests.Functions.Aggregate;

public sealed class StatisticalAggregateTests
{
    private static AggregateHarness.Input Input(Random random, int rowCount, int groupCount, params object?[][] columns)
        => new(columns, RandomData.Groups(random, rowCount, groupCount), groupCount);

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Variance_and_standard_deviation_match_the_two_pass_formulas(int seed)
    {
        var random = new Random(seed);
        // Few rows in some groups, so the n < 2 cases appear; a large offset checks numerical stability.
        var doubles = Input(random, 700, 80, RandomData.Column(random, 700, 0.3, r => 1e6 + r.NextDouble()));
        var longs = Input(random, 700, 40, RandomData.Column(random, 700, 0.3, r => RandomData.Int64(r, 1000)));
        var cases = new (IAggregateFunction Function, string Name, bool Sample, bool Root)[]
        {
            (new VarSampFunction(), "var_samp", true, false), (new VarPopFunction(), "var_pop", false, false),
            (new StddevSampFunction(), "stddev_samp", true, true), (new StddevPopFunction(), "stddev_pop", false, true),
        };
        foreach (var (function, name, sample, root) in cases)
        {
            object? Expected(List<object?[]> rows)
            {
                var m = Moments(rows.Select(r => new[] { r[0], r[0] }).ToList(), 0, 1);
                if (m.Count == 0 || (sample && m.Count < 2))
                {
                    return null;
                }
                double variance = m.M2X / (sample ? m.Count - 1 : m.Count);
                return root ? Math.Sqrt(variance) : variance;
            }
            new AggregateHarness(function, name, SqlType.Double).Check(doubles, seed, Expected, tolerance: 1e-6);
            new AggregateHarness(function, name, SqlType.BigInt).Check(longs, seed, Expected, tolerance: 1e-9);
        }
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Covariance_correlation_and_regression_match_the_two_pass_formulas(int seed)
    {
        var random = new Random(seed);
        object?[] xs = RandomData.Column(random, 900, 0.15, r => r.NextDouble() * 10);
        object?[] ys = xs.Select(x => x is null || random.Next(8) == 0 ? (object?)(random.NextDouble() * 10) : (double)x * 2.5 + random.NextDouble()).ToArray();
        var input = Input(random, 900, 60, ys, xs);
        static object? Finite(double value) => double.IsFinite(value) ? value : null;
        var cases = new (IAggregateFunction Function, string Name, Func<(long Count, double MeanX, double MeanY, double C2, double M2X, double M2Y), object?> Expected)[]
        {
            (new CovarSampFunction(), "covar_samp", m => m.Count < 2 ? null : m.C2 / (m.Count - 1)),
            (new CovarPopFunction(), "covar_pop", m => m.Count == 0 ? null : m.C2 / m.Count),
            (new CorrFunction(), "corr", m => m.Count == 0 ? null : Finite(m.C2 / Math.Sqrt(m.M2X * m.M2Y))),
            (new RegrSlopeFunction(), "regr_slope", m => m.Count == 0 ? null : Finite(m.C2 / m.M2X)),
            (new RegrInterceptFunction(), "regr_intercept", m => m.Count == 0 ? null : Finite(m.MeanY - m.C2 / m.M2X * m.MeanX)),
        };
        foreach (var (function, name, expected) in cases)
        {
            new AggregateHarness(function, name, SqlType.Double, SqlType.Double).Check(input, seed, rows => expected(Moments(rows, 0, 1)), tolerance: 1e-7);
        }
        var reals = new AggregateHarness.Input([ys.Select(v => v is null ? null : (object)(float)(double)v).ToArray(), xs.Select(v => v is null ? null : (object)(float)(double)v).ToArray()], input.Groups, input.GroupCount);
        var realHarness = new AggregateHarness(new CovarPopFunction(), "covar_pop", SqlType.Real, SqlType.Real);
        Assert.Equal(SqlType.Real, realHarness.ReturnType);
        realHarness.Check(reals, seed, rows => Moments(rows, 0, 1) is { Count: > 0 } m ? (float)(m.C2 / m.Count) : null, tolerance: 1e-4);
    }

    [Fact]
    public void Correlation_of_a_constant_column_is_null()
    {
        var input = new AggregateHarness.Input([new object?[] { 1.0, 2.0, 3.0 }, new object?[] { 5.0, 5.0, 5.0 }], [0, 0, 0], 1);
        Assert.Null(new AggregateHarness(new CorrFunction(), "corr", SqlType.Double, SqlType.Double).RunSingle(input, new Random(1), InputEncoding.Flat)[0]);
        Assert.Null(new AggregateHarness(new RegrSlopeFunction(), "regr_slope", SqlType.Double, SqlType.Double).RunSingle(input, new Random(1), InputEncoding.Flat)[0]);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Approx_distinct_is_exact_for_small_groups_and_within_the_error_for_large_ones(int seed)
    {
        var random = new Random(seed);
        int rows = 60000;
        // Group g draws from a range of size 3^(g+1): from exact small counts to thousands of distinct values.
        int[] groups = Enumerable.Range(0, rows).Select(_ => random.Next(8)).ToArray();
        object?[] values = groups.Select(g => random.Next(10) == 0 ? null : (object)(long)random.Next((int)Math.Pow(3, g + 1))).ToArray();
        var input = new AggregateHarness.Input([values], groups, 9);
        bool WithinError(object? expected, object? actual)
        {
            long e = (long)expected!;
            long a = (long)actual!;
            return e <= 100 ? e == a : Math.Abs(a - e) <= 4 * 0.023 * e;
        }
        var harness = new AggregateHarness(new ApproxDistinctFunction(), "approx_distinct", SqlType.BigInt);
        harness.Check(input, seed, rows => (long)NonNull(rows).Distinct().Count(), equal: WithinError);
        object?[] strings = values.Select(v => v is null ? null : (object)("k" + v)).ToArray();
        new AggregateHarness(new ApproxDistinctFunction(), "approx_distinct", SqlType.Varchar)
            .Check(new AggregateHarness.Input([strings], groups, 9), seed, rows => (long)NonNull(rows).Distinct().Count(), equal: WithinError);
    }

    [Fact]
    public void Approx_distinct_treats_zero_and_negative_zero_as_one_value()
    {
        var input = new AggregateHarness.Input([new object?[] { 0.0, -0.0, double.NaN, double.NaN, 1.5 }], [0, 0, 0, 0, 0], 1);
        Assert.Equal(3L, new AggregateHarness(new ApproxDistinctFunction(), "approx_distinct", SqlType.Double).RunSingle(input, new Random(1), InputEncoding.Flat)[0]);
    }

    [Fact]
    public void Approx_distinct_accepts_a_standard_error_and_rejects_one_out_of_range()
    {
        Assert.Equal(11, ApproxDistinctAccumulator.IndexBitsFor(0.023));
        Assert.Equal(16, ApproxDistinctAccumulator.IndexBitsFor(0.0040625));
        Assert.Equal(4, ApproxDistinctAccumulator.IndexBitsFor(0.26));
        int rows = 20000;
        object?[] values = Enumerable.Range(0, rows).Select(i => (object?)(long)i).ToArray();
        var loose = new AggregateHarness(new ApproxDistinctFunction(), "approx_distinct", SqlType.BigInt, SqlType.Double);
        var input = new AggregateHarness.Input([values, Enumerable.Repeat<object?>(0.1, rows).ToArray()], new int[rows], 1);
        long estimate = (long)loose.RunSingle(input, new Random(1), InputEncoding.ConstantWhereUniform)[0]!;
        Assert.InRange(estimate, rows * 0.6, rows * 1.4);
        var bad = new AggregateHarness.Input([values, Enumerable.Repeat<object?>(0.5, rows).ToArray()], new int[rows], 1);
        var error = Assert.Throws<ManifoldException>(() => loose.RunSingle(bad, new Random(1), InputEncoding.Flat));
        Assert.Equal(StandardErrorCode.InvalidFunctionArgument, error.ErrorCode);
    }
}
