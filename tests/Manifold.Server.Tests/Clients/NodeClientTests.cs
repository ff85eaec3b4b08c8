using System.Text.Json.Nodes;

namespace Manifold.Server.Tests.Clients;

/// <summary>The npm packages <c>trino-client</c> (X-Trino-* headers) and <c>presto-client</c> (X-Presto-* headers), unchanged,
/// against a real coordinator: every type, many pages, errors with positions, cancel. The SQL is in Clients/node/scenarios.js.</summary>
public sealed class NodeClientTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // What both clients see for scenarios.types: the column type and the decoded JSON value. Neither client declares the
    // PARAMETRIC_DATETIME capability, so time and timestamp types come without precision and values in milliseconds,
    // as Trino does.
    private static readonly (string Type, string Json)[] s_types =
    [
        ("boolean", "true"), ("tinyint", "1"), ("smallint", "2"), ("integer", "3"), ("bigint", "1234567890123"),
        ("real", "1.5"), ("double", "2.25"), ("double", "\"NaN\""), ("double", "\"Infinity\""),
        ("decimal(7, 2)", "\"12345.67\""), ("decimal(30, 10)", "\"12345678901234567890.1234567890\""),
        ("varchar(5)", "\"h\\u00E9llo\""), ("char(4)", "\"ab  \""), ("varbinary", "\"yv4=\""), ("date", "\"2024-02-29\""),
        ("time", "\"13:14:15.123\""), ("timestamp", "\"2024-02-29 13:14:15.123\""),
        ("timestamp with time zone", "\"2024-02-29 13:14:15.123 Europe/Paris\""), ("interval year to month", "\"0-3\""),
        ("interval day to second", "\"2 00:00:00.000\""), ("json", "\"{\\u0022a\\u0022:[1,2]}\""),
        ("uuid", "\"12151fd2-7586-11e9-8f9e-2a86e4085a59\""), ("array(integer)", "[1,null,3]"), ("map(varchar(1), integer)", "{\"k\":7}"),
        ("row(a integer, b varchar)", "[1,\"x\"]"), ("integer", "null"),
    ];

    [Theory]
    [InlineData("trino.js")]
    [InlineData("presto.js")]
    public async Task Every_type_arrives_with_its_name_and_value(string script)
    {
        JsonObject result = await NodeClients.RunAsync(script, fixture.Host.BaseAddress, "types", Token);
        Assert.Null(result["error"]);
        JsonArray columns = result["columns"]!.AsArray();
        JsonArray row = result["rows"]!.AsArray().Single()!.AsArray();
        Assert.Equal(s_types.Length, columns.Count);
        Assert.Equal(s_types.Length, row.Count);
        for (int i = 0; i < s_types.Length; i++)
        {
            Assert.Equal(s_types[i].Type, columns[i]!["type"]!.GetValue<string>());
            Assert.Equal(s_types[i].Json, row[i]?.ToJsonString() ?? "null");
        }
        Assert.Equal("boolean_value", columns[0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("trino.js")]
    [InlineData("presto.js")]
    public async Task A_large_result_arrives_complete_over_many_pages(string script)
    {
        JsonObject result = await NodeClients.RunAsync(script, fixture.Host.BaseAddress, "pages", Token);
        Assert.Null(result["error"]);
        Assert.Equal(600572, result["rowCount"]!.GetValue<int>());
        Assert.True(result["pages"]!.GetValue<int>() > 1, "the result should need several pages");
        if (script == "trino.js")
        {
            // sum(orderkey) of tpch."sf0.1".lineitem, as the engine computes it.
            Assert.Equal(180224042143L, result["orderkeySum"]!.GetValue<long>());
        }
    }

    [Theory]
    [InlineData("trino.js")]
    [InlineData("presto.js")]
    public async Task A_semantic_error_names_its_code_and_position(string script)
    {
        JsonObject result = await NodeClients.RunAsync(script, fixture.Host.BaseAddress, "semanticError", Token);
        JsonNode error = result["error"]!;
        Assert.Equal("COLUMN_NOT_FOUND", error["errorName"]!.GetValue<string>());
        Assert.Equal("USER_ERROR", error["errorType"]!.GetValue<string>());
        Assert.Equal(47, error["errorCode"]!.GetValue<int>());
        if (script == "presto.js")
        {
            Assert.Equal(1, error["errorLocation"]!["lineNumber"]!.GetValue<int>());
            Assert.Equal(8, error["errorLocation"]!["columnNumber"]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData("trino.js")]
    [InlineData("presto.js")]
    public async Task A_syntax_error_names_its_line_and_column(string script)
    {
        JsonObject result = await NodeClients.RunAsync(script, fixture.Host.BaseAddress, "syntaxError", Token);
        JsonNode error = result["error"]!;
        Assert.Equal("SYNTAX_ERROR", error["errorName"]!.GetValue<string>());
        Assert.Equal(1, error["errorCode"]!.GetValue<int>());
        if (script == "presto.js")
        {
            Assert.Equal(3, error["errorLocation"]!["lineNumber"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Trino_client_cancels_a_running_query()
    {
        JsonObject result = await NodeClients.RunAsync("trino.js", fixture.Host.BaseAddress, "cancel", Token);
        Assert.Equal("FAILED", result["state"]!.GetValue<string>());
        Assert.Equal("USER_CANCELED", result["error"]!.GetValue<string>());
        Assert.EndsWith("_test1", result["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Presto_client_cancels_a_running_query()
    {
        JsonObject result = await NodeClients.RunAsync("presto.js", fixture.Host.BaseAddress, "cancel", Token);
        Assert.Contains("canceled", result["error"]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        // The client's DELETE reached the coordinator: the query ends FAILED with USER_CANCELED.
        string id = result["id"]!.GetValue<string>();
        JsonNode info;
        do
        {
            await Task.Delay(20, Token);
            info = JsonNode.Parse(await fixture.Http.GetStringAsync($"/v1/query/{id}", Token))!;
        }
        while (info["state"]!.GetValue<string>() is not ("FAILED" or "FINISHED"));
        Assert.Equal("FAILED", info["state"]!.GetValue<string>());
        Assert.Equal("USER_CANCELED", info["errorCode"]!["name"]!.GetValue<string>());
    }
}
