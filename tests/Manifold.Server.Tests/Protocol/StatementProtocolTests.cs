using System.Net;
using System.Text.Json.Nodes;

namespace Manifold.Server.Tests.Protocol;

public sealed class StatementProtocolTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    public static TheoryData<string> Families => new() { "X-Trino-", "X-Presto-" };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Select_follows_queued_then_executing_uris_to_a_final_page_without_nextUri(string prefix)
    {
        var client = new ProtocolClient(fixture.Http, prefix) { Headers = { ["Catalog"] = "tpch", ["Schema"] = "tiny" } };
        var run = await client.ExecuteAsync("SELECT nationkey, name FROM nation ORDER BY 1 LIMIT 2");

        JsonObject posted = run.Documents[0];
        Assert.Equal("QUEUED", posted["stats"]!["state"]!.GetValue<string>());
        Assert.Null(posted["data"]);
        Assert.Null(posted["columns"]);
        Assert.Contains("/v1/statement/queued/", posted["nextUri"]!.GetValue<string>());
        Assert.Contains(posted["id"]!.GetValue<string>(), posted["infoUri"]!.GetValue<string>());
        Assert.Contains(run.Documents, d => d["nextUri"]?.GetValue<string>().Contains("/v1/statement/executing/") == true);
        Assert.Matches("^[0-9]{8}_[0-9]{6}_[0-9]{5}_test1$", posted["id"]!.GetValue<string>());

        Assert.Equal("FINISHED", run.Last["stats"]!["state"]!.GetValue<string>());
        Assert.Null(run.Last["error"]);
        Assert.Equal("[[0,\"ALGERIA\"],[1,\"ARGENTINA\"]]", new JsonArray(run.Rows.Select(r => (JsonNode)r.DeepClone()).ToArray()).ToJsonString());
        Assert.Equal("""[{"name":"nationkey","type":"bigint","typeSignature":{"rawType":"bigint","arguments":[]}},{"name":"name","type":"varchar(25)","typeSignature":{"rawType":"varchar","arguments":[{"kind":"LONG","value":25}]}}]""",
            run.Columns!.ToJsonString());
        foreach (var response in run.Responses)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        }
        foreach (string body in run.Bodies)
        {
            Assert.StartsWith("{", body);
            Assert.DoesNotContain(":null", body);
        }
    }
}
