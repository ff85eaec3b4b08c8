using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Manifold.Server.Tests.Hosting;

public sealed class ReadmeExampleTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    [Fact]
    public async Task The_curl_example_of_the_readme_runs_against_a_coordinator()
    {
        string readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"), TestContext.Current.CancellationToken);
        string curl = readme.Split('\n').Single(line => line.StartsWith("curl ", StringComparison.Ordinal) && line.Contains("/v1/statement"));
        string body = Regex.Match(curl, "--data '([^']*)'").Groups[1].Value;
        string url = Regex.Match(curl, @"(http://\S+)$").Groups[1].Value.Trim();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url).PathAndQuery) { Content = new StringContent(body) };
        foreach (Match header in Regex.Matches(curl, "-H '([^:]+): ([^']*)'"))
        {
            request.Headers.TryAddWithoutValidation(header.Groups[1].Value, header.Groups[2].Value);
        }
        using var response = await fixture.Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string? next = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["nextUri"]!.GetValue<string>();
        JsonNode? rows = null;
        while (next is not null)
        {
            JsonNode page = JsonNode.Parse(await fixture.Http.GetStringAsync(next, TestContext.Current.CancellationToken))!;
            rows ??= page["data"];
            Assert.Null(page["error"]);
            next = page["nextUri"]?.GetValue<string>();
        }
        Assert.Equal("[[25]]", rows!.ToJsonString());
    }

    [Fact]
    public async Task Logs_are_one_line_each_with_timestamp_level_and_category()
    {
        await new ProtocolClient(fixture.Http).ExecuteAsync("SELECT 1", cancellationToken: TestContext.Current.CancellationToken);
        string[] lines = fixture.Log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("SERVER STARTED"));
        foreach (string line in lines)
        {
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO |WARN |ERROR|DEBUG) Manifold\.\S+  .+$", line);
        }
    }

    private static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Manifold.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }
        return directory ?? throw new InvalidOperationException("repository root not found");
    }
}
