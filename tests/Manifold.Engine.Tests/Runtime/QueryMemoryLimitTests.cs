using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Tests.Runtime;

/// <summary>Every memory-hungry operator charges its query: over <c>query.max-memory-per-node</c> (32 MB here) the query
/// fails with EXCEEDED_LOCAL_MEMORY_LIMIT, gives back every byte it reserved, and the engine keeps answering, including a
/// small query running at the same time.</summary>
public sealed class QueryMemoryLimitTests : IDisposable
{
    private const long Limit = 32L << 20;

    private readonly ManifoldEngine _engine = ManifoldEngine.Create(new EngineOptions { QueryMaxMemoryPerNode = Limit });
    private readonly Session.Session _session;

    public QueryMemoryLimitTests() => _session = _engine.CreateSession(catalog: "tpch", schema: "sf1");

    public void Dispose() => _engine.Dispose();

    public static TheoryData<string, string> HungryQueries() => new()
    {
        { "hash aggregation", "SELECT count(*), sum(c) FROM (SELECT orderkey, count(*) AS c FROM orders GROUP BY orderkey)" },
        { "hash join build", "SELECT count(*) FROM orders o JOIN (SELECT orderkey, comment FROM orders) p ON o.orderkey = p.orderkey" },
        { "semi join build", "SELECT count(*) FROM orders WHERE orderkey IN (SELECT orderkey FROM orders WHERE comment <> '')" },
        { "sort", "SELECT count(*), max(comment) FROM (SELECT * FROM orders ORDER BY comment)" },
        { "top-n", "SELECT count(*) FROM (SELECT comment FROM orders ORDER BY comment LIMIT 1000000)" },
        { "window partition", "SELECT max(r) FROM (SELECT rank() OVER (PARTITION BY orderstatus ORDER BY comment) AS r FROM orders)" },
        { "distinct", "SELECT count(*) FROM (SELECT DISTINCT comment FROM orders)" },
        { "count distinct", "SELECT count(DISTINCT comment) FROM orders" },
        { "array_agg", "SELECT cardinality(array_agg(comment)) FROM orders" },
        { "grouped array_agg", "SELECT sum(cardinality(a)) FROM (SELECT custkey, array_agg(comment) AS a FROM orders GROUP BY custkey)" },
        { "create table as", "CREATE TABLE memory.default.copy AS SELECT * FROM orders" },
    };

    [Theory]
    [MemberData(nameof(HungryQueries))]
    public async Task Query_over_the_limit_fails_and_gives_all_memory_back(string operation, string sql)
    {
        ManifoldException error = await Assert.ThrowsAsync<ManifoldException>(() => EngineHarness.RunAsync(_engine, _session, sql));

        Assert.True(error.ErrorCode == StandardErrorCode.ExceededLocalMemoryLimit, $"{operation}: {error.ErrorCode.Name} {error.Message}");
        Assert.Equal(ErrorType.InsufficientResources, error.ErrorCode.Type);
        Assert.StartsWith("Query exceeded per-node memory limit of 32MB", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _engine.NodeMemory.ReservedBytes);
        Assert.True(_engine.NodeMemory.PeakBytes > 0, $"{operation}: nothing was charged");
        await AssertEngineAnswersAsync();
    }

    [Fact]
    public async Task Insert_over_the_limit_fails_and_leaves_the_table_as_it_was()
    {
        await EngineHarness.RunAsync(_engine, _session, "CREATE TABLE memory.default.target AS SELECT * FROM orders LIMIT 1000");
        long tableBytes = _engine.NodeMemory.ReservedBytes;

        ManifoldException error = await Assert.ThrowsAsync<ManifoldException>(
            () => EngineHarness.RunAsync(_engine, _session, "INSERT INTO memory.default.target SELECT * FROM orders"));

        Assert.Equal("EXCEEDED_LOCAL_MEMORY_LIMIT", error.ErrorCode.Name);
        Assert.Equal([1000L], (await EngineHarness.RunAsync(_engine, _session, "SELECT count(*) FROM memory.default.target")).Single());
        Assert.Equal(tableBytes, _engine.NodeMemory.ReservedBytes);
    }

    [Fact]
    public async Task Small_query_running_alongside_a_failing_one_is_unaffected()
    {
        const string small = "SELECT count(*), sum(linenumber), max(comment) FROM tpch.tiny.lineitem";
        object?[] expected = (await EngineHarness.RunAsync(_engine, _session, small)).Single();
        Task<List<object?[]>> big = Task.Run(() => EngineHarness.RunAsync(_engine, _session,
            "SELECT count(*) FROM (SELECT orderkey, count(*) FROM orders GROUP BY orderkey)"));
        var smallResults = new List<List<object?[]>>();
        while (!big.IsCompleted)
        {
            smallResults.Add(await EngineHarness.RunAsync(_engine, _session, small));
        }
        smallResults.Add(await EngineHarness.RunAsync(_engine, _session, small));

        ManifoldException error = await Assert.ThrowsAsync<ManifoldException>(() => big);
        Assert.Equal("EXCEEDED_LOCAL_MEMORY_LIMIT", error.ErrorCode.Name);
        Assert.Equal(60175L, expected[0]);
        Assert.All(smallResults, rows => Assert.Equal(expected, rows.Single()));
        Assert.Equal(0, _engine.NodeMemory.ReservedBytes);
    }

    [Fact]
    public async Task Session_limit_overrides_the_engine_limit()
    {
        await EngineHarness.RunAsync(_engine, _session, "SELECT 1");
        var session = _engine.CreateSession(catalog: "tpch", schema: "tiny");
        QueryResult set = await _engine.ExecuteAsync(session, "SET SESSION query_max_memory_per_node = '1MB'");
        session = session.Apply(set.SessionUpdate);

        ManifoldException error = await Assert.ThrowsAsync<ManifoldException>(
            () => EngineHarness.RunAsync(_engine, session, "SELECT count(*) FROM (SELECT * FROM lineitem ORDER BY comment)"));

        Assert.Equal("EXCEEDED_LOCAL_MEMORY_LIMIT", error.ErrorCode.Name);
        Assert.Contains("1MB", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _engine.NodeMemory.ReservedBytes);
    }

    private async Task AssertEngineAnswersAsync()
    {
        var rows = await EngineHarness.RunAsync(_engine, _session, "SELECT orderstatus, count(*) FROM tpch.tiny.orders GROUP BY orderstatus ORDER BY 1");
        Assert.Equal([["F", 7304L], ["O", 7333L], ["P", 363L]], rows);
        Assert.Equal(0, _engine.NodeMemory.ReservedBytes);
    }
}
