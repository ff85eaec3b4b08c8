using System.Net;

namespace Manifold.Server.Tests.Protocol;

public sealed class SessionProtocolTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    public static TheoryData<string> Families => new() { "X-Trino-", "X-Presto-" };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Use_answers_set_catalog_and_schema_in_the_clients_family(string prefix)
    {
        var run = await new ProtocolClient(fixture.Http, prefix).ExecuteAsync("USE tpch.tiny", cancellationToken: Token);
        Assert.Equal("USE", run.Last["updateType"]!.GetValue<string>());
        Assert.Equal("tpch", run.HeaderValues(prefix + "Set-Catalog").Last());
        Assert.Equal("tiny", run.HeaderValues(prefix + "Set-Schema").Last());
        string other = prefix == "X-Trino-" ? "X-Presto-" : "X-Trino-";
        Assert.Empty(run.HeaderValues(other + "Set-Catalog"));
        Assert.Equal("[[true]]", System.Text.Json.JsonSerializer.Serialize(run.Rows.Select(r => r.Select(v => v!.GetValue<bool>()))));
        Assert.Equal("result", run.Columns![0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Set_session_answers_set_session_on_every_page_with_the_update_type(string prefix)
    {
        var run = await new ProtocolClient(fixture.Http, prefix).ExecuteAsync("SET SESSION query_max_run_time = '1h'", cancellationToken: Token);
        Assert.Null(run.Error);
        Assert.Equal("SET SESSION", run.Last["updateType"]!.GetValue<string>());
        var pagesWithRows = run.Documents.Select((d, i) => (d, i)).Where(x => x.d["data"] is not null).ToList();
        Assert.Single(pagesWithRows);
        for (int i = pagesWithRows[0].i; i < run.Documents.Count; i++)
        {
            Assert.Equal("SET SESSION", run.Documents[i]["updateType"]!.GetValue<string>());
            Assert.Equal("query_max_run_time=1h", Assert.Single(run.Responses[i].Headers.GetValues(prefix + "Set-Session")));
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Session_properties_sent_in_headers_apply_and_show_in_show_session(string prefix)
    {
        var client = new ProtocolClient(fixture.Http, prefix) { Headers = { ["Session"] = "query_max_execution_time=2h, page_size=7" } };
        var run = await client.ExecuteAsync("SHOW SESSION LIKE 'query_max%'", cancellationToken: Token);
        Assert.Null(run.Error);
        var values = run.Rows.ToDictionary(r => r[0]!.GetValue<string>(), r => r[1]!.GetValue<string>());
        Assert.Equal("2h", values["query_max_execution_time"]);
        Assert.True(values.ContainsKey("query_max_run_time"));
        Assert.True(values.ContainsKey("query_max_queued_time"));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task An_unknown_session_property_fails_the_query_in_band(string prefix)
    {
        var client = new ProtocolClient(fixture.Http, prefix) { Headers = { ["Session"] = "no_such_property=1" } };
        var run = await client.ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Equal("INVALID_SESSION_PROPERTY", run.Error!["errorName"]!.GetValue<string>());
        Assert.Equal(14, run.Error!["errorCode"]!.GetValue<int>());
        Assert.Equal("USER_ERROR", run.Error!["errorType"]!.GetValue<string>());
        Assert.Equal("FAILED", run.Last["stats"]!["state"]!.GetValue<string>());
        Assert.Contains("no_such_property", run.Error!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_session_property_value_fails_the_query_in_band()
    {
        var client = new ProtocolClient(fixture.Http) { Headers = { ["Session"] = "query_max_run_time=soon" } };
        var run = await client.ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Equal("INVALID_SESSION_PROPERTY", run.Error!["errorName"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Prepare_execute_and_deallocate_round_trip_through_headers(string prefix)
    {
        var client = new ProtocolClient(fixture.Http, prefix);
        var prepare = await client.ExecuteAsync("PREPARE st_1 FROM SELECT ? + 1, ?", cancellationToken: Token);
        Assert.Equal("PREPARE", prepare.Last["updateType"]!.GetValue<string>());
        string added = prepare.HeaderValues(prefix + "Added-Prepare").Last();
        Assert.Equal("st_1", added[..added.IndexOf('=')]);
        Assert.Contains("? + 1", WebUtility.UrlDecode(added[(added.IndexOf('=') + 1)..]));
        Assert.DoesNotContain(",", added);

        client.Headers["Prepared-Statement"] = added;
        var execute = await client.ExecuteAsync("EXECUTE st_1 USING 41, 'x'", cancellationToken: Token);
        Assert.Null(execute.Error);
        Assert.Equal("[42,\"x\"]", execute.Rows.Single().ToJsonString());

        var deallocate = await client.ExecuteAsync("DEALLOCATE PREPARE st_1", cancellationToken: Token);
        Assert.Equal("st_1", deallocate.HeaderValues(prefix + "Deallocated-Prepare").Last());
    }

    [Fact]
    public async Task A_malformed_prepared_statement_header_is_a_400()
    {
        var client = new ProtocolClient(fixture.Http) { Headers = { ["Prepared-Statement"] = "st=SELEC+%2B" } };
        using var response = await fixture.Http.SendAsync(client.Post("EXECUTE st"), Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Prepared-Statement", await response.Content.ReadAsStringAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Transactions_start_and_clear_through_headers(string prefix)
    {
        var client = new ProtocolClient(fixture.Http, prefix) { Headers = { ["Transaction-Id"] = "NONE" } };
        var start = await client.ExecuteAsync("START TRANSACTION", cancellationToken: Token);
        Assert.Null(start.Error);
        string id = start.HeaderValues(prefix + "Started-Transaction-Id").Last();
        Assert.True(Guid.TryParse(id, out _));

        client.Headers["Transaction-Id"] = id;
        var inside = await client.ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Null(inside.Error);

        var commit = await client.ExecuteAsync("COMMIT", cancellationToken: Token);
        Assert.Null(commit.Error);
        Assert.Equal("true", commit.HeaderValues(prefix + "Clear-Transaction-Id").Last());

        var after = await client.ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Equal("UNKNOWN_TRANSACTION", after.Error!["errorName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_transaction_without_the_transaction_header_fails_as_an_incompatible_client()
    {
        var run = await new ProtocolClient(fixture.Http).ExecuteAsync("START TRANSACTION", cancellationToken: Token);
        Assert.Equal("INCOMPATIBLE_CLIENT", run.Error!["errorName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ddl_and_dml_report_update_type_and_count()
    {
        var client = new ProtocolClient(fixture.Http) { Headers = { ["Catalog"] = "memory", ["Schema"] = "default" } };
        var create = await client.ExecuteAsync("CREATE TABLE t_update (a bigint)", cancellationToken: Token);
        Assert.Null(create.Error);
        Assert.Equal("CREATE TABLE", create.Last["updateType"]!.GetValue<string>());
        Assert.Equal("boolean", create.Columns![0]!["type"]!.GetValue<string>());

        var insert = await client.ExecuteAsync("INSERT INTO t_update VALUES 1, 2, 3", cancellationToken: Token);
        Assert.Null(insert.Error);
        Assert.Equal("INSERT", insert.Last["updateType"]!.GetValue<string>());
        Assert.Equal(3, insert.Last["updateCount"]!.GetValue<long>());
        Assert.Equal("rows", insert.Columns![0]!["name"]!.GetValue<string>());
        Assert.Equal("[3]", insert.Rows.Single().ToJsonString());
    }

    [Fact]
    public async Task Client_tags_source_and_info_show_in_query_info()
    {
        var client = new ProtocolClient(fixture.Http)
        {
            Headers = { ["Source"] = "my-tool", ["Client-Info"] = "run 7", ["Client-Tags"] = "a,b", ["Time-Zone"] = "America/New_York", ["Language"] = "en-US" },
        };
        var run = await client.ExecuteAsync("SELECT 1", cancellationToken: Token);
        string id = run.Last["id"]!.GetValue<string>();
        string info = await fixture.Http.GetStringAsync($"/v1/query/{id}", Token);
        Assert.Contains("\"source\":\"my-tool\"", info);
        Assert.Contains("\"clientInfo\":\"run 7\"", info);
        Assert.Contains("\"clientTags\":[\"a\",\"b\"]", info);
        Assert.Contains("\"timeZone\":\"America/New_York\"", info);
    }

    [Fact]
    public async Task The_session_time_zone_header_sets_the_session_zone()
    {
        var client = new ProtocolClient(fixture.Http) { Headers = { ["Time-Zone"] = "Asia/Kolkata" } };
        var run = await client.ExecuteAsync("SELECT current_timezone()", cancellationToken: Token);
        Assert.Equal("Asia/Kolkata", run.Rows.Single()[0]!.GetValue<string>());
    }
}
