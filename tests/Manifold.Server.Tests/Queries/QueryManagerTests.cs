using System.Net;
using System.Text.Json.Nodes;
using Manifold.Server.Cluster;
using Manifold.Server.Hosting;
using Manifold.Server.Queries;

namespace Manifold.Server.Tests.Queries;

public sealed class QueryManagerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Never admits: queries stay QUEUED until cancelled; counts requests and leases.</summary>
    private sealed class BlockingAdmission : IAdmissionController
    {
        public int Requests;

        public async ValueTask<IAdmissionLease> AdmitAsync(AdmissionRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Requests);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class CountingAdmission : IAdmissionController
    {
        public readonly List<AdmissionRequest> Requests = [];
        public int Released;

        public ValueTask<IAdmissionLease> AdmitAsync(AdmissionRequest request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add(request);
            }
            return ValueTask.FromResult<IAdmissionLease>(new Lease(this));
        }

        private sealed class Lease(CountingAdmission owner) : IAdmissionLease
        {
            public string ResourceGroupId => "global.test";

            public void ReportMemory(long bytes)
            {
            }

            public ValueTask DisposeAsync()
            {
                Interlocked.Increment(ref owner.Released);
                return ValueTask.CompletedTask;
            }
        }
    }

    private static Task<CoordinatorHost> StartAsync(IAdmissionController? admission = null, TimeProvider? time = null, Dictionary<string, string>? properties = null)
        => CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            Port = 0,
            BindAddress = "127.0.0.1",
            NodeId = "qm",
            AdmissionController = admission,
            TimeProvider = time ?? TimeProvider.System,
            Properties = properties ?? [],
            LogWriter = TextWriter.Null,
        }, Token);

    private static async Task<(string Id, string NextUri)> PostAsync(HttpClient http, string sql, string? session = null)
    {
        var client = new ProtocolClient(http);
        if (session is not null)
        {
            client.Headers["Session"] = session;
        }
        using var response = await http.SendAsync(client.Post(sql), Token);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!;
        return (document["id"]!.GetValue<string>(), document["nextUri"]!.GetValue<string>());
    }

    private static async Task<JsonObject> FollowToEndAsync(HttpClient http, string next)
    {
        while (true)
        {
            var page = JsonNode.Parse(await http.GetStringAsync(next, Token))!.AsObject();
            if (page["nextUri"] is null)
            {
                return page;
            }
            next = page["nextUri"]!.GetValue<string>();
        }
    }

    [Fact]
    public async Task Queries_wait_in_QUEUED_while_admission_waits_and_the_queued_time_limit_fails_them()
    {
        var admission = new BlockingAdmission();
        var time = new ManualTimeProvider();
        await using var host = await StartAsync(admission, time, new() { ["query.max-queued-time"] = "1m" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var (id, next) = await PostAsync(http, "SELECT 1");
        var queued = JsonNode.Parse(await http.GetStringAsync(next + "?maxWait=10ms", Token))!;
        Assert.Equal("QUEUED", queued["stats"]!["state"]!.GetValue<string>());
        Assert.Contains("/queued/", queued["nextUri"]!.GetValue<string>());
        Assert.Equal(QueryState.Queued, host.Queries.GetQuery(id)!.State);

        time.Advance(TimeSpan.FromMinutes(2));
        host.Queries.EnforceLimits();
        var failed = await FollowToEndAsync(http, queued["nextUri"]!.GetValue<string>());
        Assert.Equal("EXCEEDED_TIME_LIMIT", failed["error"]!["errorName"]!.GetValue<string>());
        Assert.Contains("queued time", failed["error"]!["message"]!.GetValue<string>());
        Assert.Equal(1, admission.Requests);
    }

    [Fact]
    public async Task The_session_run_time_limit_lowers_the_servers_and_fails_with_exceeded_time_limit()
    {
        var time = new ManualTimeProvider();
        await using var host = await StartAsync(time: time);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var (id, next) = await PostAsync(http, "SELECT * FROM tpch.tiny.lineitem", "query_max_run_time=10s");
        time.Advance(TimeSpan.FromSeconds(11));
        host.Queries.EnforceLimits();
        var failed = await FollowToEndAsync(http, next);
        Assert.Equal("EXCEEDED_TIME_LIMIT", failed["error"]!["errorName"]!.GetValue<string>());
        Assert.Equal("INSUFFICIENT_RESOURCES", failed["error"]!["errorType"]!.GetValue<string>());
        Assert.Equal(QueryState.Failed, host.Queries.GetQuery(id)!.State);
    }

    [Fact]
    public async Task The_execution_time_limit_counts_from_admission()
    {
        var time = new ManualTimeProvider();
        await using var host = await StartAsync(time: time, properties: new() { ["query.max-execution-time"] = "5m" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var (id, next) = await PostAsync(http, "SELECT * FROM tpch.tiny.lineitem");
        await http.GetStringAsync(next, Token);
        time.Advance(TimeSpan.FromMinutes(4));
        host.Queries.EnforceLimits();
        Assert.NotEqual(QueryState.Failed, host.Queries.GetQuery(id)!.State);
        time.Advance(TimeSpan.FromMinutes(2));
        host.Queries.EnforceLimits();
        Assert.Equal("EXCEEDED_TIME_LIMIT", host.Queries.GetQuery(id)!.ErrorCode!.Name);
    }

    [Fact]
    public async Task A_query_whose_client_stops_polling_is_abandoned_and_freed()
    {
        var time = new ManualTimeProvider();
        var admission = new CountingAdmission();
        await using var host = await StartAsync(admission, time, new() { ["query.client.timeout"] = "5m" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var (id, _) = await PostAsync(http, "SELECT * FROM tpch.tiny.lineitem");
        time.Advance(TimeSpan.FromMinutes(6));
        host.Queries.EnforceLimits();
        QuerySnapshot query = host.Queries.GetQuery(id)!;
        Assert.Equal(QueryState.Failed, query.State);
        Assert.Equal("ABANDONED_QUERY", query.ErrorCode!.Name);
        Assert.Equal(0, query.ReservedMemoryBytes);
    }

    [Fact]
    public async Task Admission_sees_user_source_tags_and_query_type_and_the_lease_is_released_at_the_end()
    {
        var admission = new CountingAdmission();
        await using var host = await StartAsync(admission);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var client = new ProtocolClient(http) { Headers = { ["Source"] = "etl", ["Client-Tags"] = "nightly" } };
        var run = await client.ExecuteAsync("SELECT 1", cancellationToken: Token);
        await client.ExecuteAsync("CREATE SCHEMA memory.s1", cancellationToken: Token);
        Assert.Equal(2, admission.Requests.Count);
        AdmissionRequest select = admission.Requests[0];
        Assert.Equal(("alice", "etl", "SELECT"), (select.User, select.Source, select.QueryType));
        Assert.Contains("nightly", select.ClientTags);
        Assert.Equal("DATA_DEFINITION", admission.Requests[1].QueryType);
        Assert.Equal(2, admission.Released);
        Assert.Equal("global.test", host.Queries.GetQuery(run.Last["id"]!.GetValue<string>())!.ResourceGroupId);
    }

    [Fact]
    public async Task History_keeps_at_most_max_history_queries_older_than_the_min_expire_age()
    {
        var time = new ManualTimeProvider();
        await using var host = await StartAsync(time: time, properties: new() { ["query.max-history"] = "2", ["query.min-expire-age"] = "1m" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var ids = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            var run = await new ProtocolClient(http).ExecuteAsync($"SELECT {i}", cancellationToken: Token);
            ids.Add(run.Last["id"]!.GetValue<string>());
        }
        host.Queries.EnforceLimits();
        Assert.Equal(4, host.Queries.ListQueries().Count);
        time.Advance(TimeSpan.FromMinutes(2));
        host.Queries.EnforceLimits();
        Assert.Equal(ids[2..], host.Queries.ListQueries().Select(q => q.QueryId));
        using var gone = await http.GetAsync($"/v1/query/{ids[0]}", Token);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task Query_states_pass_through_the_trino_order()
    {
        Assert.Equal(
            ["QUEUED", "WAITING_FOR_RESOURCES", "DISPATCHING", "PLANNING", "STARTING", "RUNNING", "FINISHING", "FINISHED", "FAILED"],
            Enum.GetValues<QueryState>().Select(s => s.ToWireName()));
        await using var host = await StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var run = await new ProtocolClient(http).ExecuteAsync("SELECT 1", cancellationToken: Token);
        var snapshot = host.Queries.GetQuery(run.Last["id"]!.GetValue<string>())!;
        Assert.Equal(QueryState.Finished, snapshot.State);
        Assert.Equal("SELECT 1", snapshot.Sql);
        Assert.Equal("alice", snapshot.User);
        Assert.NotNull(snapshot.EndTime);
        Assert.Contains("Values", snapshot.PlanText ?? "");
    }

    [Fact]
    public async Task Draining_lets_running_queries_finish_and_refuses_new_ones()
    {
        await using var host = await StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var (id, next) = await PostAsync(http, "SELECT * FROM tpch.tiny.nation");
        Task<int> drain = host.DrainAsync(TimeSpan.FromMinutes(5), Token);
        Assert.Equal("\"SHUTTING_DOWN\"", await http.GetStringAsync("/v1/info/state", Token));
        using var refused = await http.SendAsync(new ProtocolClient(http).Post("SELECT 1"), Token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("shutting down", await refused.Content.ReadAsStringAsync(Token));
        var last = await FollowToEndAsync(http, next);
        Assert.Null(last["error"]);
        Assert.Equal(0, await drain);
        Assert.Equal(QueryState.Finished, host.Queries.GetQuery(id)!.State);
    }

    [Fact]
    public async Task Draining_fails_queries_still_running_after_the_grace_period()
    {
        await using var host = await StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var (_, next) = await PostAsync(http, "SELECT * FROM tpch.tiny.lineitem");
        Assert.Equal(1, await host.DrainAsync(TimeSpan.Zero, Token));
        var last = await FollowToEndAsync(http, next);
        Assert.Equal("SERVER_SHUTTING_DOWN", last["error"]!["errorName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Open_transactions_show_in_system_runtime_transactions_and_expire_when_idle()
    {
        var time = new ManualTimeProvider();
        await using var host = await StartAsync(time: time, properties: new() { ["transaction.idle-timeout"] = "2m" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var client = new ProtocolClient(http) { Headers = { ["Transaction-Id"] = "NONE" } };
        var start = await client.ExecuteAsync("START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY", cancellationToken: Token);
        string id = start.HeaderValues("X-Trino-Started-Transaction-Id").Distinct().Single();

        var listed = await new ProtocolClient(http).ExecuteAsync(
            "SELECT transaction_id, isolation_level, read_only, auto_commit_context, idle_time_secs FROM system.runtime.transactions", cancellationToken: Token);
        Assert.Equal($"[[\"{id}\",\"SERIALIZABLE\",true,false,0]]", new JsonArray(listed.Rows.Select(r => (JsonNode)r.DeepClone()).ToArray()).ToJsonString());

        client.Headers["Transaction-Id"] = id;
        time.Advance(TimeSpan.FromMinutes(1));
        host.Queries.EnforceLimits();
        Assert.Null((await client.ExecuteAsync("SELECT 1", cancellationToken: Token)).Error);   // used: the idle clock restarts
        time.Advance(TimeSpan.FromMinutes(1.5));
        host.Queries.EnforceLimits();
        Assert.Single(host.Queries.ListTransactions());
        time.Advance(TimeSpan.FromMinutes(1));
        host.Queries.EnforceLimits();
        Assert.Empty(host.Queries.ListTransactions());
        var expired = await client.ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Equal("UNKNOWN_TRANSACTION", expired.Error!["errorName"]!.GetValue<string>());
        Assert.Contains("Possibly expired?", expired.Error!["message"]!.GetValue<string>());
    }
}
