using System.Text.Json.Nodes;
using Manifold.Bench.Server;

namespace Manifold.Server.Tests.Bench;

/// <summary>Runs each workload of <c>Manifold.Bench server</c> tiny against a test coordinator, so the command keeps
/// working; the figures themselves are measured by the benchmark, not here.</summary>
public sealed class ServerBenchmarkTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_workload_runs_tiny_and_writes_its_report()
    {
        string json = Path.Combine(Path.GetTempPath(), $"serverbench-{Guid.NewGuid():N}.json");
        ServerBenchOptions options = ServerBenchOptions.Parse(
            ["all", "--runs", "3", "--warmup", "1", "--scale", "0.01", "--clients", "4", "--duration", "0.5", "--warmup-duration", "0.2", "--json", json],
            out string? error)!;
        Assert.Null(error);
        var output = new StringWriter();
        try
        {
            ServerBenchReport report = await ServerBenchRunner.RunAsync(options, fixture.Host.BaseAddress, inProcess: true, output, Token);

            Assert.Equal(3, report.Roundtrip!.Runs);
            Assert.Equal(4, report.Roundtrip.Requests);
            Assert.True(report.Roundtrip.MedianMs > 0);
            Assert.Equal(3, report.Stream!.Runs.Count);
            Assert.All(report.Stream.Runs, run => Assert.Equal(60175, run.Rows));
            Assert.All(report.Stream.Runs, run => Assert.True(run.Bytes > 60175 * 50, $"{run.Bytes} bytes"));
            Assert.True(report.Concurrent!.Queries > 0);
            Assert.Equal(0, report.Concurrent.Failed);
            Assert.Contains("admission latency (server stats.queuedTimeMillis)", output.ToString());

            JsonNode written = JsonNode.Parse(await File.ReadAllTextAsync(json, Token))!;
            Assert.Equal(3, written["roundtrip"]!["runs"]!.GetValue<int>());
            Assert.Equal("SELECT * FROM tpch.tiny.lineitem", written["stream"]!["sql"]!.GetValue<string>());
            Assert.Equal("stats.queuedTimeMillis", written["concurrent"]!["admission"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Fact]
    public async Task The_interleaved_round_trip_measures_every_target_and_fails_on_a_refused_one()
    {
        await using Security.SecureCoordinator secure = await Security.SecureCoordinator.StartAsync();
        using HttpClient alice = secure.Https("alice", "alice-secret", keepAlive: true);
        StatementClient[] targets = [new(fixture.Http, fixture.Host.BaseAddress), new(alice, secure.HttpsAddress, user: "alice")];
        IReadOnlyList<RoundtripResult> results = await ServerWorkloads.InterleavedRoundtripAsync(targets, "SELECT 1", warmup: 1, rounds: 3,
            runsPerRound: 4, Token);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(12, r.Runs));
        Assert.All(results, r => Assert.True(r.MinMs > 0 && r.MedianMs >= r.MinMs && r.MaxMs >= r.P99Ms));

        using HttpClient wrong = secure.Https("alice", "wrong", keepAlive: true);
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => ServerWorkloads.InterleavedRoundtripAsync(
            [new StatementClient(wrong, secure.HttpsAddress, user: "alice")], "SELECT 1", 0, 1, 1, Token));
        Assert.Contains("answered 401", e.Message);
    }

    [Fact]
    public async Task The_client_reports_failures_and_counts_every_row()
    {
        var client = new StatementClient(fixture.Http, fixture.Host.BaseAddress);
        StatementRun failed = await client.ExecuteAsync("SELECT * FROM tpch.tiny.nothing", Token);
        Assert.Equal("FAILED", failed.State);
        Assert.Contains("nothing", failed.Error);

        StatementRun run = await client.ExecuteAsync("SELECT orderkey FROM tpch.tiny.orders", Token);
        Assert.Equal("FINISHED", run.State);
        Assert.Null(run.Error);
        Assert.Equal(15_000, run.Rows);
        Assert.True(run.Documents >= 4, $"{run.Documents} documents");
        Assert.Equal(0, run.DecodeCpuTicks);
    }

    [Theory]
    [InlineData("roundtrip --runs 0")]
    [InlineData("stream --scale -1")]
    [InlineData("concurrent --clients")]
    [InlineData("everything")]
    [InlineData("all --url ftp://example.com/")]
    public void Bad_options_are_refused(string arguments)
    {
        Assert.Null(ServerBenchOptions.Parse(arguments.Split(' '), out string? error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Scales_name_tpch_schemas()
    {
        Assert.Equal("SELECT * FROM tpch.sf1.lineitem", ServerBenchOptions.Parse(["stream"], out _)!.StreamQuery);
        Assert.Equal("SELECT * FROM tpch.\"sf0.1\".lineitem", ServerBenchOptions.Parse(["stream", "--scale", "0.1"], out _)!.StreamQuery);
        Assert.Equal("tiny", ServerBenchOptions.SchemaName(0.01));
        Assert.Equal("sf0.1", ServerBenchOptions.SchemaName(0.1));
    }
}
