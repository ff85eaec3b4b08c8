using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Manifold.Server.Tests;

/// <summary>A minimal protocol client for tests: POSTs a statement and follows <c>nextUri</c> to the end, keeping every
/// response.</summary>
public sealed class ProtocolClient(HttpClient http, string prefix = "X-Trino-")
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string Prefix => prefix;

    public HttpRequestMessage Post(string sql)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent(sql, Encoding.UTF8, "text/plain") };
        request.Headers.TryAddWithoutValidation(prefix + "User", "alice");
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name.StartsWith("X-", StringComparison.Ordinal) ? name : prefix + name, value);
        }
        return request;
    }

    public async Task<Run> ExecuteAsync(string sql, string query = "", CancellationToken cancellationToken = default)
    {
        var run = new Run();
        using HttpResponseMessage first = await http.SendAsync(Post(sql), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        run.Add(first, await first.Content.ReadAsStringAsync(cancellationToken));
        while (run.Last["nextUri"]?.GetValue<string>() is { } next)
        {
            using HttpResponseMessage response = await http.GetAsync(next + query, cancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            run.Add(response, await response.Content.ReadAsStringAsync(cancellationToken));
            Assert.True(run.Documents.Count < 10_000, "too many pages");
        }
        return run;
    }

    public sealed class Run
    {
        public List<JsonObject> Documents { get; } = [];
        public List<HttpResponseMessage> Responses { get; } = [];
        public List<string> Bodies { get; } = [];
        public JsonObject Last => Documents[^1];

        public void Add(HttpResponseMessage response, string body)
        {
            Responses.Add(response);
            Bodies.Add(body);
            Documents.Add(JsonNode.Parse(body)!.AsObject());
        }

        public JsonArray? Columns => Documents.Select(d => d["columns"]?.AsArray()).LastOrDefault(c => c is not null);

        public List<JsonArray> Rows => Documents.Where(d => d["data"] is not null).SelectMany(d => d["data"]!.AsArray().Select(r => r!.AsArray())).ToList();

        public JsonObject? Error => Last["error"]?.AsObject();

        public IEnumerable<string> HeaderValues(string name)
            => Responses.SelectMany(r => r.Headers.TryGetValues(name, out var values) ? values : []);
    }
}
