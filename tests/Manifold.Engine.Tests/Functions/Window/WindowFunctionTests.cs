using Manifold.Engine.Functions.Window;
using Manifold.Engine.Tests.Functions.Aggregate;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Functions.Window;

public sealed class WindowFunctionTests
{
    /// <summary>A partition sorted by <paramref name="orderKeys"/> (peers are equal keys) with a ROWS frame from
    /// <paramref name="preceding"/> rows before to <paramref name="following"/> rows after (null: unbounded).</summary>
    private static WindowPartition Partition(long[] orderKeys, Vector[] arguments, int? preceding = null, int? following = 0, bool ignoreNulls = false)
    {
        int n = orderKeys.Length;
        int[] peerStart = new int[n], peerEnd = new int[n], frameStart = new int[n], frameEnd = new int[n];
        for (int i = 0; i < n; i++)
        {
            int s = i;
            while (s > 0 && orderKeys[s - 1] == orderKeys[i])
            {
                s--;
            }
            int e = i + 1;
            while (e < n && orderKeys[e] == orderKeys[i])
            {
                e++;
            }
            peerStart[i] = s;
            peerEnd[i] = e;
            frameStart[i] = preceding is { } p ? Math.Clamp(i - p, 0, n) : 0;
            frameEnd[i] = following is { } f ? Math.Clamp(i + f + 1, 0, n) : n;
            frameEnd[i] = Math.Max(frameEnd[i], frameStart[i]);
        }
        return new WindowPartition(n, arguments, peerStart, peerEnd, frameStart, frameEnd, ignoreNulls);
    }

    private static object?[] Run(IWindowFunction function, string name, SqlType[] argumentTypes, WindowPartition partition)
    {
        BoundFunction bound = SignatureBinder.Bind(name, function.Signatures, argumentTypes);
        VectorBuilder output = VectorBuilder.Create(bound.ReturnType, partition.RowCount);
        function.Specialize(bound).ProcessPartition(partition, output);
        Vector result = output.Build();
        Assert.Equal(partition.RowCount, result.Count);
        return Enumerable.Range(0, result.Count).Select(result.GetObject).ToArray();
    }

    private static Vector Column(SqlType type, params object?[] values) => AggregateHarness.Encode(type, values, new Random(1), InputEncoding.Flat);

    private static readonly long[] s_keys = [1, 1, 2, 3, 3, 3, 4];

    [Fact]
    public void Ranking_functions_follow_peer_groups()
    {
        WindowPartition partition = Partition(s_keys, []);
        Assert.Equal(new object?[] { 1L, 2L, 3L, 4L, 5L, 6L, 7L }, Run(new RowNumberFunction(), "row_number", [], partition));
        Assert.Equal(new object?[] { 1L, 1L, 3L, 4L, 4L, 4L, 7L }, Run(new RankFunction(), "rank", [], partition));
        Assert.Equal(new object?[] { 1L, 1L, 2L, 3L, 3L, 3L, 4L }, Run(new DenseRankFunction(), "dense_rank", [], partition));
        Assert.Equal(new object?[] { 0.0, 0.0, 2 / 6.0, 3 / 6.0, 3 / 6.0, 3 / 6.0, 1.0 }, Run(new PercentRankFunction(), "percent_rank", [], partition));
        Assert.Equal(new object?[] { 2 / 7.0, 2 / 7.0, 3 / 7.0, 6 / 7.0, 6 / 7.0, 6 / 7.0, 1.0 }, Run(new CumeDistFunction(), "cume_dist", [], partition));
        Assert.Equal(new object?[] { 0.0 }, Run(new PercentRankFunction(), "percent_rank", [], Partition([5], [])));
    }

    [Fact]
    public void Ntile_puts_the_extra_rows_in_the_first_buckets()
    {
        object?[] Ntile(int rows, long buckets)
            => Run(new NtileFunction(), "ntile", [SqlType.BigInt], Partition(new long[rows], [new ConstantVector(Column(SqlType.BigInt, buckets), rows)]));
        Assert.Equal(new object?[] { 1L, 1L, 1L, 2L, 2L, 3L, 3L }, Ntile(7, 3));
        Assert.Equal(new object?[] { 1L, 2L, 3L }, Ntile(3, 5));
        Assert.Equal(new object?[] { 1L, 1L, 1L, 1L }, Ntile(4, 1));
        var error = Assert.Throws<ManifoldException>(() => Ntile(3, 0));
        Assert.Equal(StandardErrorCode.InvalidFunctionArgument, error.ErrorCode);
        Assert.Equal(new object?[] { null, null }, Run(new NtileFunction(), "ntile", [SqlType.BigInt], Partition(new long[2], [Column(SqlType.BigInt, null, null)])));
    }

    [Fact]
    public void Lag_and_lead_with_offsets_and_defaults()
    {
        Vector values = Column(SqlType.Varchar, "a", "b", null, "d", "e", "f", "g");
        WindowPartition one = Partition(s_keys, [values]);
        Assert.Equal(new object?[] { null, "a", "b", null, "d", "e", "f" }, Run(new LagFunction(), "lag", [SqlType.Varchar], one));
        Assert.Equal(new object?[] { "b", null, "d", "e", "f", "g", null }, Run(new LeadFunction(), "lead", [SqlType.Varchar], one));
        var withDefault = Partition(s_keys, [values, new ConstantVector(Column(SqlType.BigInt, 2L), 7), new ConstantVector(Column(SqlType.Varchar, "z"), 7)]);
        Assert.Equal(new object?[] { "z", "z", "a", "b", null, "d", "e" }, Run(new LagFunction(), "lag", [SqlType.Varchar, SqlType.BigInt, SqlType.Varchar], withDefault));
        Assert.Equal(new object?[] { null, "d", "e", "f", "g", "z", "z" }, Run(new LeadFunction(), "lead", [SqlType.Varchar, SqlType.BigInt, SqlType.Varchar], withDefault));
        var zero = Partition(s_keys, [values, Column(SqlType.BigInt, 0L, 0L, 0L, null, 100L, 1L, 1L)]);
        Assert.Equal(new object?[] { "a", "b", null, null, null, "e", "f" }, Run(new LagFunction(), "lag", [SqlType.Varchar, SqlType.BigInt], zero));
        var negative = Partition(s_keys, [values, new ConstantVector(Column(SqlType.BigInt, -1L), 7)]);
        Assert.Equal(StandardErrorCode.InvalidFunctionArgument,
            Assert.Throws<ManifoldException>(() => Run(new LagFunction(), "lag", [SqlType.Varchar, SqlType.BigInt], negative)).ErrorCode);
    }

    [Fact]
    public void Lag_and_lead_ignore_nulls_count_only_non_null_values()
    {
        Vector values = Column(SqlType.BigInt, 1L, null, null, 4L, null, 6L, 7L);
        var oneBack = Partition(s_keys, [values], ignoreNulls: true);
        Assert.Equal(new object?[] { null, 1L, 1L, 1L, 4L, 4L, 6L }, Run(new LagFunction(), "lag", [SqlType.BigInt], oneBack));
        Assert.Equal(new object?[] { 4L, 4L, 4L, 6L, 6L, 7L, null }, Run(new LeadFunction(), "lead", [SqlType.BigInt], oneBack));
        var twoBack = Partition(s_keys, [values, new ConstantVector(Column(SqlType.BigInt, 2L), 7), new ConstantVector(Column(SqlType.BigInt, -9L), 7)], ignoreNulls: true);
        Assert.Equal(new object?[] { -9L, -9L, -9L, -9L, 1L, 1L, 4L }, Run(new LagFunction(), "lag", [SqlType.BigInt, SqlType.BigInt, SqlType.BigInt], twoBack));
        Assert.Equal(new object?[] { 6L, 6L, 6L, 7L, 7L, -9L, -9L }, Run(new LeadFunction(), "lead", [SqlType.BigInt, SqlType.BigInt, SqlType.BigInt], twoBack));
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Frame_value_functions_match_a_naive_scan_of_the_frame(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 30; trial++)
        {
            int n = random.Next(1, 40);
            long[] keys = Enumerable.Range(0, n).Select(_ => (long)random.Next(5)).Order().ToArray();
            object?[] raw = RandomData.Column(random, n, 0.4, r => (long)r.Next(100));
            int? preceding = random.Next(3) == 0 ? null : random.Next(0, 5);
            int? following = random.Next(3) == 0 ? null : random.Next(-3, 5);
            long nth = random.Next(1, 4);
            foreach (bool ignoreNulls in new[] { false, true })
            {
                foreach (InputEncoding encoding in Enum.GetValues<InputEncoding>())
                {
                    Vector values = AggregateHarness.Encode(SqlType.BigInt, raw, random, encoding);
                    WindowPartition partition = Partition(keys, [values, new ConstantVector(Column(SqlType.BigInt, nth), n)], preceding, following, ignoreNulls);
                    object?[] first = Run(new FirstValueFunction(), "first_value", [SqlType.BigInt], partition with { Arguments = [values] });
                    object?[] last = Run(new LastValueFunction(), "last_value", [SqlType.BigInt], partition with { Arguments = [values] });
                    object?[] nthValue = Run(new NthValueFunction(), "nth_value", [SqlType.BigInt, SqlType.BigInt], partition);
                    for (int row = 0; row < n; row++)
                    {
                        var frame = Enumerable.Range(partition.FrameStart[row], partition.FrameEnd[row] - partition.FrameStart[row])
                            .Select(i => raw[i]).Where(v => !ignoreNulls || v is not null).ToList();
                        string what = $"seed {seed}, trial {trial}, row {row}, ignore nulls {ignoreNulls}, {encoding}";
                        Assert.True(Equals(frame.FirstOrDefault(), first[row]), $"first_value: {what}");
                        Assert.True(Equals(frame.LastOrDefault(), last[row]), $"last_value: {what}");
                        Assert.True(Equals(frame.Count >= nth ? frame[(int)nth - 1] : null, nthValue[row]), $"nth_value: {what}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Nth_value_rejects_offsets_below_one_and_gives_null_for_a_null_offset()
    {
        Vector values = Column(SqlType.BigInt, 1L, 2L);
        Assert.Equal(new object?[] { null, null }, Run(new NthValueFunction(), "nth_value", [SqlType.BigInt, SqlType.BigInt],
            Partition([1, 2], [values, Column(SqlType.BigInt, null, null)])));
        Assert.Equal(StandardErrorCode.InvalidFunctionArgument, Assert.Throws<ManifoldException>(() => Run(new NthValueFunction(), "nth_value",
            [SqlType.BigInt, SqlType.BigInt], Partition([1, 2], [values, Column(SqlType.BigInt, 0L, 0L)]))).ErrorCode);
    }
}
