using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Manifold.Server.Tests.Protocol;

public sealed class LifecycleProtocolTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<JsonObject> GetAsync(string uri)
    {
        using var response = await fixture.Http.GetAsync(uri, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!.AsObject();
    }

    private async Task<string> ExecutingUriAsync(string sql, ProtocolClient? client = null)
    {
        client ??= new ProtocolClient(fixture.Http) { Headers = { ["Catalog"] = "tpch", ["Schema"] = "tiny" } };
        using var posted = await fixture.Http.SendAsync(client.Post(sql), Token);
        string next = JsonNode.Parse(await posted.Content.ReadAsStringAsync(Token))!["nextUri"]!.GetValue<string>();
        while (!next.Contains("/executing/"))
        {
            next = (await GetAsync(next))["nextUri"]!.GetValue<string>();
        }
        return next;
    }

    [Fact]
    public async Task The_same_token_fetched_twice_returns_the_same_page_and_older_tokens_are_gone()
    {
        string first = await ExecutingUriAsync("SELECT nationkey FROM nation");
        string body1 = await fixture.Http.GetStringAsync(first, Token);
        string body2 = await fixture.Http.GetStringAsync(first, Token);
        Assert.Equal(body1, body2);
        string next = JsonNode.Parse(body1)!["nextUri"]!.GetValue<string>();
        await GetAsync(next);
        using var old = await fixture.Http.GetAsync(first, Token);
        Assert.Equal(HttpStatusCode.Gone, old.StatusCode);
        string skipped = next[..next.LastIndexOf('/')] + "/99";
        using var ahead = await fixture.Http.GetAsync(skipped, Token);
        Assert.Equal(HttpStatusCode.NotFound, ahead.StatusCode);
    }

    [Fact]
    public async Task After_the_final_page_the_same_token_repeats_it_and_the_next_is_not_found()
    {
        var run = await new ProtocolClient(fixture.Http).ExecuteAsync("SELECT 1", cancellationToken: Token);
        string lastUri = run.Documents[^2]["nextUri"]!.GetValue<string>();
        Assert.Equal(run.Bodies[^1], await fixture.Http.GetStringAsync(lastUri, Token));
        long token = long.Parse(lastUri[(lastUri.LastIndexOf('/') + 1)..]);
        using var later = await fixture.Http.GetAsync(lastUri[..lastUri.LastIndexOf('/')] + "/" + (token + 1), Token);
        Assert.Equal(HttpStatusCode.NotFound, later.StatusCode);
    }

    [Fact]
    public async Task A_wrong_slug_or_unknown_query_is_not_found()
    {
        string uri = await ExecutingUriAsync("SELECT 1");
        string[] parts = uri.Split('/');
        parts[^2] = "xdeadbeef";
        using var wrongSlug = await fixture.Http.GetAsync(string.Join('/', parts), Token);
        Assert.Equal(HttpStatusCode.NotFound, wrongSlug.StatusCode);
        Assert.Equal("text/plain", wrongSlug.Content.Headers.ContentType!.MediaType);
        using var unknown = await fixture.Http.GetAsync("/v1/statement/executing/20200101_000000_00001_nope/x1/0", Token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var badToken = await fixture.Http.GetAsync(uri[..uri.LastIndexOf('/')] + "/abc", Token);
        Assert.Equal(HttpStatusCode.NotFound, badToken.StatusCode);
    }

    [Fact]
    public async Task Pages_are_bounded_by_the_target_result_size()
    {
        var run = await new ProtocolClient(fixture.Http) { Headers = { ["Catalog"] = "tpch", ["Schema"] = "tiny" } }
            .ExecuteAsync("SELECT * FROM orders", "?targetResultSize=4kB", Token);
        Assert.Null(run.Error);
        Assert.Equal(15000, run.Rows.Count);
        var pages = run.Documents.Where(d => d["data"] is not null).ToList();
        Assert.True(pages.Count > 100, $"{pages.Count} pages");
        foreach (var page in pages)
        {
            Assert.True(page["data"]!.ToJsonString().Length < 4096 + 512, "page over budget");
            Assert.NotNull(page["columns"]);
            Assert.NotNull(page["nextUri"]);
            Assert.Contains(page["stats"]!["state"]!.GetValue<string>(), new[] { "RUNNING", "FINISHING", "FINISHED" });
        }
        var single = await new ProtocolClient(fixture.Http) { Headers = { ["Catalog"] = "tpch", ["Schema"] = "tiny" } }
            .ExecuteAsync("SELECT * FROM orders", cancellationToken: Token);
        Assert.True(single.Documents.Count(d => d["data"] is not null) < pages.Count / 10, "default pages hold many rows");
    }

    [Theory]
    [InlineData("?targetResultSize=1kB")]
    [InlineData("?targetResultSize=100kB")]
    [InlineData("")]
    public async Task Rows_arrive_whole_and_in_order_whatever_the_page_size(string query)
    {
        // Encoded pages are kept in 64 KB chunks and served in byte-budgeted slices: every cut must fall between rows.
        var run = await new ProtocolClient(fixture.Http) { Headers = { ["Catalog"] = "tpch", ["Schema"] = "tiny" } }
            .ExecuteAsync("SELECT orderkey, comment, totalprice FROM orders ORDER BY orderkey", query, Token);
        Assert.Null(run.Error);
        List<JsonArray> rows = run.Rows;
        Assert.Equal(15000, rows.Count);
        long previous = 0;
        foreach (JsonArray row in rows)
        {
            Assert.Equal(3, row.Count);
            long key = row[0]!.GetValue<long>();
            Assert.True(key > previous, $"{key} after {previous}");
            Assert.False(string.IsNullOrEmpty(row[1]!.GetValue<string>()));
            previous = key;
        }
    }

    [Fact]
    public async Task Stats_report_the_scans_splits_and_rows_with_a_root_stage()
    {
        var run = await new ProtocolClient(fixture.Http) { Headers = { ["Catalog"] = "tpch", ["Schema"] = "tiny" } }
            .ExecuteAsync("SELECT count(*) FROM lineitem", cancellationToken: Token);
        JsonObject stats = run.Last["stats"]!.AsObject();
        Assert.True(stats["scheduled"]!.GetValue<bool>());
        int splits = stats["totalSplits"]!.GetValue<int>();
        Assert.True(splits > 1, $"{splits} splits");
        Assert.Equal((splits, 0, 0), (stats["completedSplits"]!.GetValue<int>(), stats["runningSplits"]!.GetValue<int>(), stats["queuedSplits"]!.GetValue<int>()));
        Assert.Equal(100.0, stats["progressPercentage"]!.GetValue<double>());
        Assert.Equal("0", stats["rootStage"]!["stageId"]!.GetValue<string>());
        Assert.True(stats["rootStage"]!["done"]!.GetValue<bool>());
        Assert.Equal(splits, stats["rootStage"]!["completedSplits"]!.GetValue<int>());
        Assert.Equal(60175, stats["processedRows"]!.GetValue<long>());   // rows the scan read, not the one output row
        Assert.True(stats["processedBytes"]!.GetValue<long>() > 0);
        Assert.Equal("[60175]", run.Rows.Single().ToJsonString());

        var constant = await new ProtocolClient(fixture.Http).ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Equal((1, 1, 1L), (constant.Last["stats"]!["totalSplits"]!.GetValue<int>(), constant.Last["stats"]!["completedSplits"]!.GetValue<int>(),
            constant.Last["stats"]!["processedRows"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Progress_of_a_running_query_counts_queued_running_and_completed_splits()
    {
        var client = new ProtocolClient(fixture.Http);
        using var response = await fixture.Http.SendAsync(client.Post("SELECT * FROM tpch.sf1.lineitem"), Token);
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!.AsObject();
        // Read until the scans have read rows (the TPC-H text pool is built first); they run ahead of the client only as
        // far as the row buffer allows.
        for (int i = 0; i < 200 && page["nextUri"] is not null && (i < 5 || page["stats"]!["processedRows"]!.GetValue<long>() == 0); i++)
        {
            page = JsonNode.Parse(await fixture.Http.GetStringAsync(page["nextUri"]!.GetValue<string>(), Token))!.AsObject();
        }
        JsonObject stats = page["stats"]!.AsObject();
        Assert.Equal("RUNNING", stats["state"]!.GetValue<string>());
        int total = stats["totalSplits"]!.GetValue<int>();
        int queued = stats["queuedSplits"]!.GetValue<int>();
        int running = stats["runningSplits"]!.GetValue<int>();
        int completed = stats["completedSplits"]!.GetValue<int>();
        Assert.True(total > 1 && queued > 0 && completed < total, $"total {total}, queued {queued}, running {running}, completed {completed}");
        Assert.Equal(total, queued + running + completed);
        Assert.True(stats["progressPercentage"]!.GetValue<double>() < 100);
        Assert.True(stats["processedRows"]!.GetValue<long>() > 0);
        using var cancelled = await fixture.Http.DeleteAsync(page["nextUri"]!.GetValue<string>(), Token);
    }

    [Fact]
    public async Task Delete_on_nextUri_cancels_and_the_next_get_reports_user_canceled()
    {
        string uri = await ExecutingUriAsync("SELECT * FROM lineitem CROSS JOIN nation");
        using var deleted = await fixture.Http.DeleteAsync(uri, Token);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        JsonObject document = await GetAsync(uri);
        Assert.Null(document["nextUri"]);
        Assert.Equal("FAILED", document["stats"]!["state"]!.GetValue<string>());
        Assert.Equal("USER_CANCELED", document["error"]!["errorName"]!.GetValue<string>());
        Assert.Equal(3, document["error"]!["errorCode"]!.GetValue<int>());
        string info = await fixture.Http.GetStringAsync($"/v1/query/{document["id"]!.GetValue<string>()}", Token);
        Assert.Contains("\"state\":\"FAILED\"", info);
        Assert.Contains("USER_CANCELED", info);
        using var again = await fixture.Http.DeleteAsync(uri, Token);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }

    [Fact]
    public async Task Delete_on_partialCancelUri_finishes_the_query_with_the_rows_so_far()
    {
        string uri = await ExecutingUriAsync("SELECT * FROM lineitem CROSS JOIN nation");
        JsonObject page = await GetAsync(uri + "?targetResultSize=1kB");
        string partial = page["partialCancelUri"]!.GetValue<string>();
        Assert.Contains("/v1/stage/", partial);
        using var deleted = await fixture.Http.DeleteAsync(partial, Token);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        string? next = page["nextUri"]?.GetValue<string>();
        int guard = 0;
        while (next is not null && guard++ < 100_000)
        {
            page = await GetAsync(next);
            next = page["nextUri"]?.GetValue<string>();
        }
        Assert.Null(page["error"]);
        Assert.Equal("FINISHED", page["stats"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Head_on_nextUri_is_a_heartbeat()
    {
        string uri = await ExecutingUriAsync("SELECT 1");
        using var head = await fixture.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri), Token);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Syntax_errors_arrive_on_a_get_with_location_and_failure_info()
    {
        var client = new ProtocolClient(fixture.Http);
        var run = await client.ExecuteAsync("SELECT FROM WHERE", cancellationToken: Token);
        Assert.NotNull(run.Documents[0]["nextUri"]);
        Assert.Null(run.Documents[0]["error"]);
        JsonObject error = run.Error!;
        Assert.Equal("SYNTAX_ERROR", error["errorName"]!.GetValue<string>());
        Assert.Equal(1, error["errorCode"]!.GetValue<int>());
        Assert.Equal(1, error["errorLocation"]!["lineNumber"]!.GetValue<int>());
        Assert.NotNull(error["failureInfo"]!["type"]);
        Assert.Empty(error["failureInfo"]!["stack"]!.AsArray());
        Assert.StartsWith("line 1:", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_body_is_a_400_with_a_text_message()
    {
        var client = new ProtocolClient(fixture.Http);
        using var response = await fixture.Http.SendAsync(client.Post("   \n"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SQL statement is empty", (await response.Content.ReadAsStringAsync(Token)).Trim());
    }

    [Fact]
    public async Task A_missing_user_or_schema_without_catalog_or_mixed_families_is_a_400()
    {
        using var noUser = await fixture.Http.PostAsync("/v1/statement", new StringContent("SELECT 1"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, noUser.StatusCode);

        var client = new ProtocolClient(fixture.Http) { Headers = { ["Schema"] = "tiny" } };
        using var schemaOnly = await fixture.Http.SendAsync(client.Post("SELECT 1"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, schemaOnly.StatusCode);

        var mixed = new ProtocolClient(fixture.Http) { Headers = { ["X-Presto-Source"] = "x" } };
        using var both = await fixture.Http.SendAsync(mixed.Post("SELECT 1"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);

        var zone = new ProtocolClient(fixture.Http) { Headers = { ["Time-Zone"] = "Mars/Olympus" } };
        using var badZone = await fixture.Http.SendAsync(zone.Post("SELECT 1"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, badZone.StatusCode);

        var session = new ProtocolClient(fixture.Http) { Headers = { ["Session"] = "novalue" } };
        using var badSession = await fixture.Http.SendAsync(session.Post("SELECT 1"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, badSession.StatusCode);
        Assert.Contains("Session", await badSession.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task Odd_but_valid_headers_are_accepted()
    {
        var request = new ProtocolClient(fixture.Http).Post("SELECT 1");
        request.Headers.TryAddWithoutValidation("X-Trino-Session", "");
        request.Headers.TryAddWithoutValidation("X-Trino-Transaction-Id", "");
        request.Headers.TryAddWithoutValidation("X-Trino-Query-Data-Encoding", "json+zstd,json");
        request.Headers.TryAddWithoutValidation("X-Trino-Client-Capabilities", "PATH,SOMETHING_NEW");
        request.Headers.TryAddWithoutValidation("X-Trino-Unknown-Header", "1");
        request.Content = new StringContent("SELECT 1", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await fixture.Http.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Repeated_session_header_lines_are_merged()
    {
        var request = new ProtocolClient(fixture.Http).Post("SHOW SESSION LIKE 'page_size'");
        request.Headers.TryAddWithoutValidation("X-Trino-Session", ["page_size=7", "query_max_run_time=2h"]);
        using var response = await fixture.Http.SendAsync(request, Token);
        string next = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!["nextUri"]!.GetValue<string>();
        JsonObject page;
        do
        {
            page = await GetAsync(next);
            if (page["data"] is { } data)
            {
                Assert.Equal("7", data[0]![1]!.GetValue<string>());
                return;
            }
            next = page["nextUri"]!.GetValue<string>();
        }
        while (true);
    }

    [Fact]
    public async Task A_huge_body_is_refused_with_a_clear_error()
    {
        string sql = "SELECT " + new string('1', 5_000_000);
        var request = new ProtocolClient(fixture.Http).Post(sql);
        request.Headers.ExpectContinue = true;   // the server refuses before reading the body, as clients with Expect do
        using var response = await fixture.Http.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("maximum length", await response.Content.ReadAsStringAsync(Token));

        var run = await new ProtocolClient(fixture.Http).ExecuteAsync("SELECT " + new string('1', 1_000_001), cancellationToken: Token);
        Assert.Equal("QUERY_TEXT_TOO_LARGE", run.Error!["errorName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Max_wait_is_honoured_and_parsed()
    {
        string uri = await ExecutingUriAsync("SELECT 1");
        using var bad = await fixture.Http.GetAsync(uri + "?maxWait=soon", Token);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var ok = await fixture.Http.GetAsync(uri + "?maxWait=10ms", Token);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }
}
