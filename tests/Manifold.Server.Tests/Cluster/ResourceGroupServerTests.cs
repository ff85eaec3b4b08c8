using System.Net;
using System.Text.Json.Nodes;
using Manifold.Server.Hosting;
using Manifold.Spi.Errors;

namespace Manifold.Server.Tests.Cluster;

/// <summary>Resource groups in a real coordinator: etc/resource-groups.json, QUEUED and QUERY_QUEUE_FULL over the
/// protocol, and the live state in <c>/v1/resourceGroupState</c> and <c>system.runtime.resource_groups</c>.</summary>
public sealed class ResourceGroupServerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private const string Config = """
        {
          "rootGroups": [
            { "name": "global", "softMemoryLimit": "100%", "hardConcurrencyLimit": 1, "maxQueued": 1,
              "subGroups": [{ "name": "${USER}", "softMemoryLimit": "100%", "hardConcurrencyLimit": 1, "maxQueued": 1 }] },
            { "name": "admin", "softMemoryLimit": "100%", "hardConcurrencyLimit": 5, "maxQueued": 5, "schedulingPolicy": "query_priority" }
          ],
          "selectors": [
            { "user": "admin", "group": "admin" },
            { "group": "global.${USER}" }
          ]
        }
        """;

    private static async Task<CoordinatorHost> StartAsync(string etc)
        => await CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            EtcDirectory = etc,
            Port = 0,
            BindAddress = "127.0.0.1",
            NodeId = "rg",
            LogWriter = TextWriter.Null,
        }, Token);

    private static async Task<JsonObject> PostAsync(HttpClient http, string sql, string user, string? session = null)
    {
        var client = new ProtocolClient(http);
        client.Headers["X-Trino-User"] = user;
        if (session is not null)
        {
            client.Headers["Session"] = session;
        }
        using HttpRequestMessage request = client.Post(sql);
        request.Headers.Remove("X-Trino-User");
        request.Headers.TryAddWithoutValidation("X-Trino-User", user);
        using var response = await http.SendAsync(request, Token);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!.AsObject();
    }

    /// <summary>Follows nextUri until the query reports <paramref name="state"/> (or ends).</summary>
    private static async Task<JsonObject> PollUntilAsync(HttpClient http, JsonObject document, string state)
    {
        while (document["stats"]!["state"]!.GetValue<string>() != state && document["nextUri"]?.GetValue<string>() is { } next)
        {
            document = JsonNode.Parse(await http.GetStringAsync(next + "?maxWait=200ms", Token))!.AsObject();
        }
        return document;
    }

    private static async Task<JsonObject> FollowToEndAsync(HttpClient http, JsonObject document, List<JsonNode?>? rows = null)
    {
        while (document["nextUri"]?.GetValue<string>() is { } next)
        {
            document = JsonNode.Parse(await http.GetStringAsync(next, Token))!.AsObject();
            rows?.AddRange(document["data"]?.AsArray() ?? []);
        }
        return document;
    }

    private static async Task<List<JsonNode?>> RowsAsync(HttpClient http, string sql, string user)
    {
        var rows = new List<JsonNode?>();
        JsonObject end = await FollowToEndAsync(http, await PostAsync(http, sql, user), rows);
        Assert.Null(end["error"]);
        return rows;
    }

    [Fact]
    public async Task A_full_group_queues_then_refuses_and_its_state_shows_over_rest_and_sql()
    {
        string etc = Directory.CreateTempSubdirectory("manifold-rg-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(etc, "resource-groups.json"), Config);
            await using CoordinatorHost host = await StartAsync(etc);
            using var http = new HttpClient { BaseAddress = host.BaseAddress };

            // Alice's first query holds the one slot of global: it stays RUNNING while nobody reads its rows.
            JsonObject running = await PollUntilAsync(http, await PostAsync(http, "SELECT * FROM tpch.sf1.lineitem", "alice"), "RUNNING");
            Assert.Equal("RUNNING", running["stats"]!["state"]!.GetValue<string>());
            string runningId = running["id"]!.GetValue<string>();

            JsonObject queued = await PostAsync(http, "SELECT count(*) FROM tpch.tiny.nation", "bob");
            queued = JsonNode.Parse(await http.GetStringAsync(queued["nextUri"]!.GetValue<string>() + "?maxWait=100ms", Token))!.AsObject();
            Assert.Equal("QUEUED", queued["stats"]!["state"]!.GetValue<string>());

            JsonObject refused = await FollowToEndAsync(http, await PostAsync(http, "SELECT 1", "carol"));
            Assert.Equal("QUERY_QUEUE_FULL", refused["error"]!["errorName"]!.GetValue<string>());
            Assert.Equal("INSUFFICIENT_RESOURCES", refused["error"]!["errorType"]!.GetValue<string>());
            Assert.Equal("Too many queued queries for \"global.carol\"", refused["error"]!["message"]!.GetValue<string>());

            var state = JsonNode.Parse(await http.GetStringAsync("/v1/resourceGroupState/global", Token))!.AsObject();
            Assert.Equal("[\"global\"]", state["id"]!.ToJsonString());
            Assert.Equal("FULL", state["state"]!.GetValue<string>());
            Assert.Equal("FAIR", state["schedulingPolicy"]!.GetValue<string>());
            Assert.Equal((1, 1, 1), (state["numRunningQueries"]!.GetValue<int>(), state["numQueuedQueries"]!.GetValue<int>(), state["hardConcurrencyLimit"]!.GetValue<int>()));
            Assert.Equal(runningId, state["runningQueries"]![0]!["queryId"]!.GetValue<string>());
            Assert.Equal("[\"global\",\"alice\"]", state["runningQueries"]![0]!["resourceGroupId"]!.ToJsonString());
            Assert.Contains(state["subGroups"]!.AsArray(), g => g!["id"]!.ToJsonString() == "[\"global\",\"bob\"]" && g["numQueuedQueries"]!.GetValue<int>() == 1);
            var alice = JsonNode.Parse(await http.GetStringAsync("/v1/resourceGroupState/global/alice", Token))!.AsObject();
            Assert.Equal("CAN_QUEUE", alice["state"]!.GetValue<string>());
            using (var missing = await http.GetAsync("/v1/resourceGroupState/global/nobody", Token))
            {
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            }

            // The admin group has room: its own query reads the same state through SQL.
            var groups = await RowsAsync(http, "SELECT resource_group_id, state, running_queries, queued_queries FROM system.runtime.resource_groups "
                + "WHERE resource_group_id LIKE 'global%' ORDER BY 1", "admin");
            Assert.Equal("[[\"global\",\"FULL\",1,1],[\"global.alice\",\"CAN_QUEUE\",1,0],[\"global.bob\",\"CAN_RUN\",0,1],[\"global.carol\",\"CAN_RUN\",0,0]]",
                new JsonArray(groups.Select(r => r?.DeepClone()).ToArray()).ToJsonString());
            var ids = await RowsAsync(http, $"SELECT array_join(resource_group_id, '.') FROM system.runtime.queries WHERE query_id = '{runningId}'", "admin");
            Assert.Equal("global.alice", ids.Single()![0]!.GetValue<string>());

            // Cancelling alice's query frees the slot: bob's query runs and finishes.
            using (var cancelled = await http.DeleteAsync(running["nextUri"]!.GetValue<string>(), Token))
            {
                Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
            }
            var bobRows = new List<JsonNode?>();
            JsonObject finished = await FollowToEndAsync(http, queued, bobRows);
            Assert.Null(finished["error"]);
            Assert.Equal(25, bobRows.Single()![0]!.GetValue<long>());
            var after = JsonNode.Parse(await http.GetStringAsync("/v1/resourceGroupState/global", Token))!.AsObject();
            Assert.Equal((0, 0, "CAN_RUN"), (after["numRunningQueries"]!.GetValue<int>(), after["numQueuedQueries"]!.GetValue<int>(), after["state"]!.GetValue<string>()));
        }
        finally
        {
            Directory.Delete(etc, recursive: true);
        }
    }

    [Fact]
    public async Task A_group_over_its_soft_memory_limit_holds_new_queries_until_the_memory_is_freed()
    {
        string etc = Directory.CreateTempSubdirectory("manifold-rg-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(etc, "resource-groups.json"), """
                { "rootGroups": [{ "name": "small", "softMemoryLimit": "1MB", "hardConcurrencyLimit": 10, "maxQueued": 10 }],
                  "selectors": [{ "group": "small" }] }
                """);
            await using CoordinatorHost host = await StartAsync(etc);
            using var http = new HttpClient { BaseAddress = host.BaseAddress };

            // A large aggregation reserves its hash table long before its first row; the manager reports that memory to
            // the group every second.
            JsonObject heavy = await PostAsync(http, "SELECT count(DISTINCT comment) FROM tpch.sf1.lineitem", "alice");
            heavy = await PollUntilAsync(http, heavy, "RUNNING");
            JsonObject state;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            do
            {
                await Task.Delay(100, Token);
                state = JsonNode.Parse(await http.GetStringAsync("/v1/resourceGroupState/small", Token))!.AsObject();
            }
            while (state["state"]!.GetValue<string>() != "CAN_QUEUE" && clock.Elapsed < TimeSpan.FromSeconds(60));
            Assert.Equal("CAN_QUEUE", state["state"]!.GetValue<string>());
            Assert.NotEqual("0B", state["memoryUsage"]!.GetValue<string>());

            JsonObject waiting = await PostAsync(http, "SELECT 1", "bob");
            waiting = JsonNode.Parse(await http.GetStringAsync(waiting["nextUri"]!.GetValue<string>() + "?maxWait=200ms", Token))!.AsObject();
            Assert.Equal("QUEUED", waiting["stats"]!["state"]!.GetValue<string>());

            using (await http.DeleteAsync(heavy["nextUri"]!.GetValue<string>(), Token))
            {
            }
            JsonObject finished = await FollowToEndAsync(http, waiting);
            Assert.Null(finished["error"]);
            Assert.Equal("FINISHED", finished["stats"]!["state"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(etc, recursive: true);
        }
    }

    [Fact]
    public async Task Without_a_file_every_query_runs_in_the_default_global_group()
    {
        await using CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            Port = 0,
            BindAddress = "127.0.0.1",
            LogWriter = TextWriter.Null,
            Properties = new Dictionary<string, string> { ["query.max-concurrent-queries"] = "7", ["query.max-queued-queries"] = "9" },
        }, Token);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var rows = await RowsAsync(http, "SELECT resource_group_id, hard_concurrency_limit, max_queued, running_queries, scheduling_policy "
            + "FROM system.runtime.resource_groups", "alice");
        Assert.Equal("[[\"global\",7,9,1,\"FAIR\"]]", new JsonArray(rows.Select(r => r?.DeepClone()).ToArray()).ToJsonString());
    }

    [Fact]
    public async Task Query_priority_is_a_session_property_and_a_bad_value_fails_the_query()
    {
        await using CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", LogWriter = TextWriter.Null }, Token);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        Assert.Null((await FollowToEndAsync(http, await PostAsync(http, "SELECT 1", "alice", "query_priority=5")))["error"]);
        JsonObject bad = await FollowToEndAsync(http, await PostAsync(http, "SELECT 1", "alice", "query_priority=0"));
        Assert.Equal("INVALID_SESSION_PROPERTY", bad["error"]!["errorName"]!.GetValue<string>());
        var shown = await RowsAsync(http, "SHOW SESSION LIKE 'query_priority'", "alice");
        Assert.Equal("1", shown.Single()![2]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ \"rootGroups\": [] , \"selectors\": [] }", "at least one root group is required")]
    [InlineData("not json", "is not valid JSON")]
    public async Task A_bad_file_stops_the_coordinator_from_starting(string json, string message)
    {
        string etc = Directory.CreateTempSubdirectory("manifold-rg-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(etc, "resource-groups.json"), json);
            var error = await Assert.ThrowsAsync<ManifoldException>(() => StartAsync(etc));
            Assert.Equal(StandardErrorCode.InvalidResourceGroup, error.ErrorCode);
            Assert.Contains("resource-groups.json: ", error.Message);
            Assert.Contains(message, error.Message);
        }
        finally
        {
            Directory.Delete(etc, recursive: true);
        }
    }
}
