namespace Manifold.Server.Tests.Protocol;

public sealed class TypeEncodingTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private static readonly System.Text.Json.JsonSerializerOptions s_relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("true", "boolean", "true")]
    [InlineData("CAST(-128 AS tinyint)", "tinyint", "-128")]
    [InlineData("CAST(7 AS smallint)", "smallint", "7")]
    [InlineData("CAST(-2147483648 AS integer)", "integer", "-2147483648")]
    [InlineData("9223372036854775807", "bigint", "9223372036854775807")]
    [InlineData("3.25e0", "double", "3.25")]
    [InlineData("1e10", "double", "1.0E10")]
    [InlineData("nan()", "double", "\"NaN\"")]
    [InlineData("infinity()", "double", "\"Infinity\"")]
    [InlineData("-infinity()", "double", "\"-Infinity\"")]
    [InlineData("CAST(1.5 AS real)", "real", "1.5")]
    [InlineData("CAST(nan() AS real)", "real", "\"NaN\"")]
    [InlineData("DECIMAL '12345678.91'", "decimal(10, 2)", "\"12345678.91\"")]
    [InlineData("CAST(-0.5 AS decimal(3, 2))", "decimal(3, 2)", "\"-0.50\"")]
    [InlineData("CAST(1 AS decimal(30, 5))", "decimal(30, 5)", "\"1.00000\"")]
    [InlineData("'héllo'", "varchar(5)", "\"héllo\"")]
    [InlineData("CAST('ab' AS char(5))", "char(5)", "\"ab   \"")]
    [InlineData("X'65683F00'", "varbinary", "\"ZWg/AA==\"")]
    [InlineData("JSON '{\"a\":1}'", "json", "\"{\\\"a\\\":1}\"")]
    [InlineData("DATE '2024-02-29'", "date", "\"2024-02-29\"")]
    [InlineData("TIME '01:02:03.456'", "time(3)", "\"01:02:03.456\"")]
    [InlineData("TIMESTAMP '2024-02-29 13:45:30.123'", "timestamp(3)", "\"2024-02-29 13:45:30.123\"")]
    [InlineData("TIMESTAMP '2024-02-29 13:45:30.123456'", "timestamp(6)", "\"2024-02-29 13:45:30.123456\"")]
    [InlineData("TIMESTAMP '2024-02-29 13:45:30.123 UTC'", "timestamp(3) with time zone", "\"2024-02-29 13:45:30.123 UTC\"")]
    [InlineData("TIMESTAMP '2024-02-29 13:45:30 America/Los_Angeles'", "timestamp(0) with time zone", "\"2024-02-29 13:45:30 America/Los_Angeles\"")]
    [InlineData("INTERVAL '1-2' YEAR TO MONTH", "interval year to month", "\"1-2\"")]
    [InlineData("INTERVAL '1 02:03:04.567' DAY TO SECOND", "interval day to second", "\"1 02:03:04.567\"")]
    [InlineData("ARRAY[1, 2, NULL]", "array(integer)", "[1,2,null]")]
    [InlineData("MAP(ARRAY['a', 'b'], ARRAY[1, 2])", "map(varchar(1), integer)", "{\"a\":1,\"b\":2}")]
    [InlineData("MAP(ARRAY[1], ARRAY['x'])", "map(integer, varchar(1))", "{\"1\":\"x\"}")]
    [InlineData("CAST(ROW(1, 'x') AS row(a integer, b varchar))", "row(a integer, b varchar)", "[1,\"x\"]")]
    [InlineData("UUID '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'", "uuid", "\"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\"")]
    [InlineData("NULL", "unknown", "null")]
    [InlineData("CAST(NULL AS bigint)", "bigint", "null")]
    public async Task Values_are_encoded_as_Trino_does(string expression, string type, string json)
    {
        var client = new ProtocolClient(fixture.Http) { Headers = { ["Client-Capabilities"] = "PARAMETRIC_DATETIME" } };
        var run = await client.ExecuteAsync($"SELECT {expression}", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(run.Error?.ToJsonString());
        Assert.Equal(type, run.Columns![0]!["type"]!.GetValue<string>());
        Assert.Equal(json, run.Rows.Single()[0]?.ToJsonString(s_relaxed) ?? "null");
    }

    [Theory]
    [InlineData("decimal(12,2)", """{"rawType":"decimal","arguments":[{"kind":"LONG","value":12},{"kind":"LONG","value":2}]}""")]
    [InlineData("varchar", """{"rawType":"varchar","arguments":[{"kind":"LONG","value":2147483647}]}""")]
    [InlineData("array(integer)", """{"rawType":"array","arguments":[{"kind":"TYPE","value":{"rawType":"integer","arguments":[]}}]}""")]
    [InlineData("map(varchar,bigint)", """{"rawType":"map","arguments":[{"kind":"TYPE","value":{"rawType":"varchar","arguments":[{"kind":"LONG","value":2147483647}]}},{"kind":"TYPE","value":{"rawType":"bigint","arguments":[]}}]}""")]
    [InlineData("row(x integer,y varchar)", """{"rawType":"row","arguments":[{"kind":"NAMED_TYPE","value":{"fieldName":{"name":"x"},"typeSignature":{"rawType":"integer","arguments":[]}}},{"kind":"NAMED_TYPE","value":{"fieldName":{"name":"y"},"typeSignature":{"rawType":"varchar","arguments":[{"kind":"LONG","value":2147483647}]}}}]}""")]
    [InlineData("timestamp(6)", """{"rawType":"timestamp","arguments":[{"kind":"LONG","value":6}]}""")]
    [InlineData("timestamp(3) with time zone", """{"rawType":"timestamp with time zone","arguments":[{"kind":"LONG","value":3}]}""")]
    public async Task Type_signatures_use_Trino_spellings(string type, string signature)
    {
        var client = new ProtocolClient(fixture.Http) { Headers = { ["Client-Capabilities"] = "PARAMETRIC_DATETIME" } };
        var run = await client.ExecuteAsync($"SELECT CAST(NULL AS {type})", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(run.Error?.ToJsonString());
        Assert.Equal(signature, run.Columns![0]!["typeSignature"]!.ToJsonString());
    }

    [Fact]
    public async Task Without_parametric_datetime_timestamps_lose_their_precision_and_round_to_millis()
    {
        var client = new ProtocolClient(fixture.Http);
        var run = await client.ExecuteAsync("SELECT TIMESTAMP '2024-02-29 13:45:30.123456'", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("timestamp", run.Columns![0]!["type"]!.GetValue<string>());
        Assert.Equal("""{"rawType":"timestamp","arguments":[]}""", run.Columns![0]!["typeSignature"]!.ToJsonString());
        Assert.Equal("2024-02-29 13:45:30.123", run.Rows.Single()[0]!.GetValue<string>());
    }
}
