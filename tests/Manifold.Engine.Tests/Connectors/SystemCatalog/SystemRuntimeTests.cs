using Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;
using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Tests.Connectors.SystemCatalog;

/// <summary><c>system.runtime</c> through the whole engine: the embedded source (this node, no queries) and a given
/// source (queries, kill_query).</summary>
public sealed class SystemRuntimeTests
{
    private static async Task<List<object?[]>> Rows(ManifoldEngine engine, string sql)
    {
        await using QueryResult result = await engine.ExecuteAsync(engine.CreateSession(user: "alice"), sql, TestContext.Current.CancellationToken);
        return await result.ReadAllRowsAsync(TestContext.Current.CancellationToken);
    }

    private static string Text(List<object?[]> rows) => string.Join("\n", rows.Select(r => string.Join("|", r.Select(v => v ?? "NULL"))));

    [Fact]
    public async Task Embedded_nodes_lists_this_node_as_an_active_coordinator()
    {
        using var engine = ManifoldEngine.Create(new EngineOptions { NodeId = "n1" });
        Assert.Equal("n1|NULL|True|active",
            Text(await Rows(engine, "SELECT node_id, http_uri, coordinator, state FROM system.runtime.nodes")));
        Assert.Single(await Rows(engine, "SELECT node_version FROM system.runtime.nodes WHERE node_version IS NOT NULL"));
    }

    [Theory]
    [InlineData("queries")]
    [InlineData("tasks")]
    [InlineData("transactions")]
    [InlineData("resource_groups")]
    public async Task Embedded_queries_tasks_transactions_and_resource_groups_are_empty(string table)
    {
        using var engine = ManifoldEngine.Create();
        Assert.Empty(await Rows(engine, $"SELECT * FROM system.runtime.{table}"));
    }

    [Fact]
    public async Task Runtime_tables_have_trinos_columns()
    {
        using var engine = ManifoldEngine.Create();
        Assert.Equal(
            "query_id,state,user,source,query,resource_group_id,queued_time_ms,analysis_time_ms,planning_time_ms,created,started,"
            + "last_heartbeat,end,error_type,error_code",
            string.Join(",", (await Rows(engine, "SELECT column_name FROM system.information_schema.columns "
                + "WHERE table_schema = 'runtime' AND table_name = 'queries' ORDER BY ordinal_position")).Select(r => r[0])));
        Assert.Equal(["nodes", "queries", "resource_groups", "tasks", "transactions"],
            (await Rows(engine, "SHOW TABLES FROM system.runtime")).Select(r => (string)r[0]!).ToArray());
        Assert.Equal(24, (await Rows(engine, "SELECT column_name FROM system.information_schema.columns "
            + "WHERE table_schema = 'runtime' AND table_name = 'tasks'")).Count);
        Assert.Equal(8, (await Rows(engine, "SELECT column_name FROM system.information_schema.columns "
            + "WHERE table_schema = 'runtime' AND table_name = 'transactions'")).Count);
    }

    [Fact]
    public async Task Resource_groups_lists_the_sources_groups_and_filters_by_id()
    {
        using var engine = ManifoldEngine.Create(new EngineOptions { RuntimeSource = new FakeRuntimeSource() });
        Assert.Equal("global|CAN_QUEUE|WEIGHTED|1|100|3|1\nglobal.adhoc|FULL|FAIR|2|1|1|0",
            Text(await Rows(engine, "SELECT resource_group_id, state, scheduling_policy, scheduling_weight, hard_concurrency_limit, "
                + "queued_queries, eligible_sub_groups FROM system.runtime.resource_groups ORDER BY 1")));
        Assert.Equal("1", Text(await Rows(engine,
            "SELECT running_queries FROM system.runtime.resource_groups WHERE resource_group_id = 'global.adhoc'")));
    }

    [Fact]
    public async Task Kill_query_of_an_unknown_id_fails_with_not_found()
    {
        using var engine = ManifoldEngine.Create();
        var error = await Assert.ThrowsAsync<ManifoldException>(
            () => Rows(engine, "CALL system.runtime.kill_query(query_id => 'nope', message => 'x')"));
        Assert.Equal(StandardErrorCode.NotFound, error.ErrorCode);
        Assert.Equal("Target query not found: nope", error.Message);
    }

    [Fact]
    public async Task Kill_query_of_an_empty_id_is_an_invalid_argument()
    {
        using var engine = ManifoldEngine.Create();
        var error = await Assert.ThrowsAsync<ManifoldException>(() => Rows(engine, "CALL system.runtime.kill_query(query_id => '')"));
        Assert.Equal(StandardErrorCode.InvalidProcedureArgument, error.ErrorCode);
    }

    [Fact]
    public async Task Queries_shows_the_sources_queries_and_filters_by_state_and_user()
    {
        var source = new FakeRuntimeSource();
        using var engine = ManifoldEngine.Create(new EngineOptions { RuntimeSource = source });
        Assert.Equal("q1|RUNNING|bob|SELECT 1|5\nq2|FAILED|carol|SELECT 2|0",
            Text(await Rows(engine, "SELECT query_id, state, user, query, queued_time_ms FROM system.runtime.queries ORDER BY query_id")));
        Assert.Equal("q2|USER_ERROR|NOT_FOUND",
            Text(await Rows(engine, "SELECT query_id, error_type, error_code FROM system.runtime.queries WHERE state = 'FAILED'")));
        Assert.Equal("q1", Text(await Rows(engine, "SELECT query_id FROM system.runtime.queries WHERE \"user\" = 'bob'")));
        Assert.Equal("q1|q1.0.0.0|RUNNING\nq2|q2.0.0.0|FAILED",
            Text(await Rows(engine, "SELECT query_id, task_id, state FROM system.runtime.tasks ORDER BY query_id")));
    }

    [Fact]
    public async Task Kill_query_passes_the_id_and_message_to_the_source()
    {
        var source = new FakeRuntimeSource();
        using var engine = ManifoldEngine.Create(new EngineOptions { RuntimeSource = source });
        await Rows(engine, "CALL system.runtime.kill_query(query_id => 'q1', message => 'too slow')");
        await Rows(engine, "CALL system.runtime.kill_query('q2', 'already over')");   // ended: nothing happens, no error
        Assert.Equal(["q1:too slow", "q2:already over"], source.Kills);
    }

    private sealed class FakeRuntimeSource : ISystemRuntimeSource
    {
        private static readonly DateTimeOffset Time = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        public List<string> Kills { get; } = [];

        public IReadOnlyList<RuntimeNodeInfo> ListNodes() => [new("n1", "http://n1:8080", "1.0.0", true, "active")];

        public IReadOnlyList<RuntimeQueryInfo> ListQueries() =>
        [
            new() { QueryId = "q1", State = "RUNNING", User = "bob", Query = "SELECT 1", Created = Time, LastHeartbeat = Time,
                QueuedTime = TimeSpan.FromMilliseconds(5) },
            new() { QueryId = "q2", State = "FAILED", User = "carol", Query = "SELECT 2", Created = Time, LastHeartbeat = Time,
                End = Time, ErrorType = "USER_ERROR", ErrorCode = "NOT_FOUND" },
        ];

        public IReadOnlyList<RuntimeTransactionInfo> ListTransactions() => [];

        public IReadOnlyList<RuntimeResourceGroupInfo> ListResourceGroups() =>
        [
            Group("global", "CAN_QUEUE", "WEIGHTED", 1, hard: 100, running: 100, queued: 3, eligible: 1),
            Group("global.adhoc", "FULL", "FAIR", 2, hard: 1, running: 1, queued: 1, eligible: 0),
        ];

        private static RuntimeResourceGroupInfo Group(string id, string state, string policy, long weight, long hard, long running,
            long queued, long eligible) => new()
        {
            ResourceGroupId = id, State = state, SchedulingPolicy = policy, SchedulingWeight = weight, SoftMemoryLimitBytes = 1 << 30,
            MemoryUsageBytes = 0, SoftConcurrencyLimit = hard, HardConcurrencyLimit = hard, MaxQueued = 10, RunningQueries = running,
            QueuedQueries = queued, EligibleSubGroups = eligible,
        };

        public bool? KillQuery(string queryId, string? message)
        {
            lock (Kills)
            {
                Kills.Add($"{queryId}:{message}");
            }
            return queryId switch { "q1" => true, "q2" => false, _ => null };
        }
    }
}
