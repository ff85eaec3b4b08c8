using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Manifold.Server.Tests.Endpoints;

public sealed class InfoEndpointTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await fixture.Http.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!;
    }

    [Fact]
    public async Task Info_state_status_and_node_describe_this_coordinator()
    {
        JsonNode info = await GetJsonAsync("/v1/info");
        Assert.True(info["coordinator"]!.GetValue<bool>());
        Assert.False(info["starting"]!.GetValue<bool>());
        Assert.NotNull(info["nodeVersion"]!["version"]);
        Assert.Matches("^[0-9.]+(us|ms|s|m|h|d)$", info["uptime"]!.GetValue<string>());
        Assert.Equal("ACTIVE", (await GetJsonAsync("/v1/info/state")).GetValue<string>());
        JsonNode status = await GetJsonAsync("/v1/status");
        Assert.Equal("test1", status["nodeId"]!.GetValue<string>());
        JsonArray nodes = (await GetJsonAsync("/v1/node")).AsArray();
        Assert.Single(nodes);
        Assert.Empty((await GetJsonAsync("/v1/node/failed")).AsArray());
        using var coordinator = await fixture.Http.GetAsync("/v1/info/coordinator", Token);
        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
    }

    [Fact]
    public async Task Query_list_filters_by_state_and_user_and_query_info_has_a_stage_with_totals()
    {
        var run = await new ProtocolClient(fixture.Http) { Headers = { ["Catalog"] = "tpch", ["Schema"] = "tiny" } }
            .ExecuteAsync("SELECT name FROM region", cancellationToken: Token);
        string id = run.Last["id"]!.GetValue<string>();

        JsonArray finished = (await GetJsonAsync("/v1/query?state=FINISHED&user=alice")).AsArray();
        Assert.Contains(finished, q => q!["queryId"]!.GetValue<string>() == id);
        JsonArray running = (await GetJsonAsync("/v1/query?state=RUNNING,QUEUED")).AsArray();
        Assert.DoesNotContain(running, q => q!["queryId"]!.GetValue<string>() == id);
        Assert.Empty((await GetJsonAsync("/v1/query?user=nobody")).AsArray());
        using var badState = await fixture.Http.GetAsync("/v1/query?state=SLEEPING", Token);
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);

        JsonNode info = await GetJsonAsync($"/v1/query/{id}");
        Assert.Equal("FINISHED", info["state"]!.GetValue<string>());
        Assert.Equal("SELECT name FROM region", info["query"]!.GetValue<string>());
        Assert.Equal("alice", info["session"]!["user"]!.GetValue<string>());
        Assert.Equal("tpch", info["session"]!["catalog"]!.GetValue<string>());
        Assert.Equal(5, info["queryStats"]!["outputPositions"]!.GetValue<long>());
        Assert.NotNull(info["queryStats"]!["createTime"]);
        Assert.NotNull(info["queryStats"]!["endTime"]);
        Assert.Equal(id + ".0", info["outputStage"]!["stageId"]!.GetValue<string>());
        Assert.Equal(5, info["outputStage"]!["stageStats"]!["processedRows"]!.GetValue<long>());
        Assert.NotEmpty(info["queryStats"]!["operatorSummaries"]!.AsArray());
        Assert.Contains("TableScan", info["plan"]!.GetValue<string>());

        JsonNode stage = await GetJsonAsync($"/v1/stage/{id}.0");
        Assert.Equal("FINISHED", stage["state"]!.GetValue<string>());
        using var noStage = await fixture.Http.GetAsync($"/v1/stage/{id}.7", Token);
        Assert.Equal(HttpStatusCode.NotFound, noStage.StatusCode);
    }

    [Fact]
    public async Task Delete_query_cancels_and_unknown_queries_are_gone()
    {
        using var posted = await fixture.Http.SendAsync(new ProtocolClient(fixture.Http).Post("SELECT * FROM tpch.tiny.lineitem"), Token);
        string id = JsonNode.Parse(await posted.Content.ReadAsStringAsync(Token))!["id"]!.GetValue<string>();
        using var deleted = await fixture.Http.DeleteAsync($"/v1/query/{id}", Token);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        JsonNode info = await GetJsonAsync($"/v1/query/{id}");
        Assert.Equal("FAILED", info["state"]!.GetValue<string>());
        Assert.Equal("USER_CANCELED", info["errorCode"]!["name"]!.GetValue<string>());

        using var killed = await fixture.Http.PutAsync($"/v1/query/{id}/killed", new StringContent("bye"), Token);
        Assert.Equal(HttpStatusCode.Conflict, killed.StatusCode);
        using var unknown = await fixture.Http.GetAsync("/v1/query/20200101_000000_00000_nope", Token);
        Assert.Equal(HttpStatusCode.Gone, unknown.StatusCode);
    }

    [Fact]
    public async Task Cluster_reports_counts_nodes_and_throughput()
    {
        await new ProtocolClient(fixture.Http).ExecuteAsync("SELECT 1", cancellationToken: Token);
        JsonNode cluster = await GetJsonAsync("/v1/cluster");
        Assert.Equal(1, cluster["activeCoordinators"]!.GetValue<long>());
        Assert.True(cluster["totalInputRows"]!.GetValue<long>() >= 1);
        Assert.NotNull(cluster["reservedMemory"]);
        Assert.NotNull(cluster["runningQueries"]);
        Assert.NotNull(cluster["queuedQueries"]);
        Assert.NotNull(cluster["rowInputRate"]);
    }

    [Fact]
    public async Task Malformed_json_on_put_state_is_a_400_not_a_500()
    {
        using var response = await fixture.Http.PutAsync("/v1/info/state", new StringContent("{not json", Encoding.UTF8, "application/json"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(Token));
        using var active = await fixture.Http.PutAsJsonAsync("/v1/info/state", "ACTIVE", Token);
        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        using var unknown = await fixture.Http.PutAsJsonAsync("/v1/info/state", "ASLEEP", Token);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_are_404()
    {
        using var response = await fixture.Http.GetAsync("/v1/nothing", Token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
