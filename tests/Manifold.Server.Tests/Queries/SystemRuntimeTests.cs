using System.Text.Json.Nodes;

namespace Manifold.Server.Tests.Queries;

/// <summary><c>system.runtime</c> through a real coordinator: its queries, kill_query and its node.</summary>
public sealed class SystemRuntimeTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Starts a long query as <paramref name="user"/> and reads its first page, leaving it RUNNING (its client
    /// stops polling); returns its id and next URI.</summary>
    private async Task<(string Id, string Next)> StartRunningQueryAsync(string user)
    {
        var client = new ProtocolClient(fixture.Http);
        // sf1's rows (~900 MB of JSON) overflow the 32 MB output buffer, so the query stays RUNNING until the client
        // reads on; tiny's (8 MB) fit, and the producer could finish (FINISHING) before the test looks.
        using HttpRequestMessage request = client.Post("SELECT * FROM tpch.sf1.lineitem");
        request.Headers.Remove("X-Trino-User");
        request.Headers.TryAddWithoutValidation("X-Trino-User", user);
        using HttpResponseMessage response = await fixture.Http.SendAsync(request, Token);
        JsonNode document = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!;
        string id = document["id"]!.GetValue<string>();
        string next = document["nextUri"]!.GetValue<string>();
        while (true)
        {
            JsonNode page = JsonNode.Parse(await fixture.Http.GetStringAsync(next, Token))!;
            next = page["nextUri"]!.GetValue<string>();
            if (page["data"] is not null)
            {
                return (id, next);
            }
        }
    }

    private async Task<ProtocolClient.Run> RunAsync(string sql)
        => await new ProtocolClient(fixture.Http).ExecuteAsync(sql, cancellationToken: Token);

    [Fact]
    public async Task A_running_query_shows_in_system_runtime_queries_with_its_state_user_and_text()
    {
        var (id, _) = await StartRunningQueryAsync("bob");
        ProtocolClient.Run run = await RunAsync(
            $"SELECT state, \"user\", query, created IS NOT NULL, \"end\" IS NULL FROM system.runtime.queries WHERE query_id = '{id}'");
        Assert.Null(run.Error);
        JsonArray row = Assert.Single(run.Rows);
        Assert.Equal("RUNNING", row[0]!.GetValue<string>());
        Assert.Equal("bob", row[1]!.GetValue<string>());
        Assert.Equal("SELECT * FROM tpch.sf1.lineitem", row[2]!.GetValue<string>());
        Assert.True(row[3]!.GetValue<bool>());
        Assert.True(row[4]!.GetValue<bool>());

        // The query reading the table sees itself too, as RUNNING, under its own user.
        run = await RunAsync("SELECT \"user\" FROM system.runtime.queries WHERE state = 'RUNNING' AND query LIKE '%runtime.queries%'");
        Assert.Contains(run.Rows, r => r[0]!.GetValue<string>() == "alice");
        run = await RunAsync($"SELECT task_id, node_id FROM system.runtime.tasks WHERE query_id = '{id}'");
        JsonArray task = Assert.Single(run.Rows);
        Assert.Equal(id + ".0.0.0", task[0]!.GetValue<string>());
        Assert.Equal("test1", task[1]!.GetValue<string>());
    }

    [Fact]
    public async Task Kill_query_fails_a_running_query_with_administratively_killed_and_the_message()
    {
        var (id, next) = await StartRunningQueryAsync("carol");
        ProtocolClient.Run kill = await RunAsync($"CALL system.runtime.kill_query(query_id => '{id}', message => 'too slow')");
        Assert.Null(kill.Error);

        JsonObject last;
        while (true)
        {
            last = JsonNode.Parse(await fixture.Http.GetStringAsync(next, Token))!.AsObject();
            if (last["nextUri"] is null)
            {
                break;
            }
            next = last["nextUri"]!.GetValue<string>();
        }
        Assert.Equal("ADMINISTRATIVELY_KILLED", last["error"]!["errorName"]!.GetValue<string>());
        Assert.Equal("Query killed. Message: too slow", last["error"]!["message"]!.GetValue<string>());

        ProtocolClient.Run row = await RunAsync($"SELECT state, error_code, error_type FROM system.runtime.queries WHERE query_id = '{id}'");
        Assert.Equal("FAILED|ADMINISTRATIVELY_KILLED|USER_ERROR", string.Join("|", Assert.Single(row.Rows).Select(v => v!.GetValue<string>())));

        // Killing it again does nothing; an unknown id is NOT_FOUND.
        Assert.Null((await RunAsync($"CALL system.runtime.kill_query('{id}', 'again')")).Error);
        ProtocolClient.Run unknown = await RunAsync("CALL system.runtime.kill_query('20260101_000000_00000_nope', 'x')");
        Assert.Equal("NOT_FOUND", unknown.Error!["errorName"]!.GetValue<string>());
        Assert.Equal("Target query not found: 20260101_000000_00000_nope", unknown.Error!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_lists_this_coordinator()
    {
        ProtocolClient.Run run = await RunAsync("SELECT node_id, http_uri, coordinator, state FROM system.runtime.nodes");
        JsonArray row = Assert.Single(run.Rows);
        Assert.Equal("test1", row[0]!.GetValue<string>());
        Assert.Equal(fixture.Host.BaseAddress.ToString().TrimEnd('/'), row[1]!.GetValue<string>());
        Assert.True(row[2]!.GetValue<bool>());
        Assert.Equal("active", row[3]!.GetValue<string>());
    }
}
