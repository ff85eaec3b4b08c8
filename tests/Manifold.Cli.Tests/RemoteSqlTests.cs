using Manifold.Server.Hosting;

namespace Manifold.Cli.Tests;

/// <summary>A real coordinator on loopback for the <c>--server</c> tests.</summary>
public sealed class LoopbackCoordinator : IAsyncLifetime
{
    public CoordinatorHost Host { get; private set; } = null!;

    public string Url => Host.BaseAddress.ToString().TrimEnd('/');

    public async ValueTask InitializeAsync()
        => Host = await CoordinatorHost.StartAsync(new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", NodeId = "cli", LogWriter = TextWriter.Null });

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

/// <summary><c>manifold sql --server URL</c>: the same output as the embedded engine for every type and format, session
/// state carried between statements, errors with the caret, and bad command lines.</summary>
public sealed class RemoteSqlTests(LoopbackCoordinator server) : IClassFixture<LoopbackCoordinator>
{
    private const string EveryType =
        "SELECT true AS b, TINYINT '1' AS ti, SMALLINT '2' AS si, 3 AS i, BIGINT '4' AS bi, REAL '1.5' AS r, 1e10 AS d, nan() AS n, "
        + "DECIMAL '12.50' AS dec, DECIMAL '-12345678901234567890.123' AS bigdec, 'text, \"quoted\"' AS v, CAST('ab' AS char(4)) AS c, "
        + "X'616263' AS bin, DATE '2024-02-29' AS dt, TIME '01:02:03.456' AS t, TIMESTAMP '2024-01-02 03:04:05.123456' AS ts, "
        + "TIMESTAMP '2024-01-02 03:04:05.123 UTC' AS tstz, INTERVAL '1' DAY + INTERVAL '2' HOUR AS ids, INTERVAL '3' MONTH AS iym, "
        + "UUID '12151fd2-7586-11e9-8f9e-2a86e4085a59' AS u, JSON '{\"a\":[1,2]}' AS j, ARRAY[1, NULL, 3] AS arr, "
        + "ARRAY[ARRAY['x'], ARRAY[]] AS nested, MAP(ARRAY['k', 'l'], ARRAY[2.50, NULL]) AS m, "
        + "CAST(ROW(1, 'x', ARRAY[X'00ff']) AS ROW(n integer, s varchar, bins array(varbinary))) AS rw, ROW(1, 2.5) AS anon, NULL AS nothing";

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (string format in (string[])["ALIGNED", "VERTICAL", "CSV_HEADER", "TSV", "JSON", "MARKDOWN"])
        {
            cases.Add(format, EveryType);
            cases.Add(format, "SELECT * FROM tpch.tiny.nation ORDER BY nationkey");
            cases.Add(format, "SELECT orderkey, totalprice, orderdate FROM tpch.tiny.orders ORDER BY orderkey LIMIT 5000");
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_server_prints_exactly_what_the_embedded_engine_prints(string format, string sql)
    {
        CliRunResult local = await CliRun.RunAsync("sql", "--output-format", format, "--execute", sql);
        CliRunResult remote = await CliRun.RunAsync("sql", "--server", server.Url, "--output-format", format, "--execute", sql);
        Assert.Equal("", local.Error);
        Assert.Equal(0, local.ExitCode);
        Assert.Equal("", remote.Error);
        Assert.Equal(0, remote.ExitCode);
        Assert.Equal(local.Out, remote.Out);
    }

    [Fact]
    public async Task Use_and_session_properties_carry_from_statement_to_statement()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--server", server.Url, "--session", "query_priority=3", "--execute",
            "USE tpch.tiny; SELECT count(*) FROM nation; SET SESSION page_size = 7; SHOW SESSION LIKE 'page_size'; "
            + "SHOW SESSION LIKE 'query_priority'");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("USE\nSET SESSION\n", run.Error);
        Assert.StartsWith("\"25\"\n\"page_size\",\"7\",\"2048\"", run.Out);
        Assert.Contains("\n\"query_priority\",\"3\",\"1\"", run.Out);
    }

    [Fact]
    public async Task Errors_show_the_name_and_a_caret_and_the_exit_code_is_1()
    {
        CliRunResult local = await CliRun.RunAsync("sql", "--execute", "SELECT 1;\nSELECT nosuch\nFROM tpch.tiny.nation");
        CliRunResult remote = await CliRun.RunAsync("sql", "--server", server.Url, "--execute", "SELECT 1;\nSELECT nosuch\nFROM tpch.tiny.nation");
        Assert.Equal(1, remote.ExitCode);
        Assert.Equal("\"1\"\n", remote.Out);
        Assert.Contains("LINE 1: SELECT nosuch\n               ^\n", remote.Error);
        Assert.EndsWith("Error: COLUMN_NOT_FOUND\n", remote.Error);
        Assert.Equal(CliRun.MaskQueryIds(local.Error), CliRun.MaskQueryIds(remote.Error));
    }

    [Theory]
    [InlineData(new[] { "--server", "localhost:8080" }, 2, "--server must be an http:// or https:// URL")]
    [InlineData(new[] { "--server", "http://127.0.0.1:1", "--local" }, 2, "Only one of --local and --server")]
    [InlineData(new[] { "--server", "http://127.0.0.1:1", "--etc", "etc" }, 2, "--etc applies to the embedded engine")]
    [InlineData(new[] { "--password" }, 2, "--password needs --server")]
    [InlineData(new[] { "--server", "http://127.0.0.1:1", "--password" }, 2, "--password needs MANIFOLD_PASSWORD, or a terminal")]
    [InlineData(new[] { "--server", "http://127.0.0.1:1" }, 1, "Cannot connect to http://127.0.0.1:1")]
    public async Task Bad_server_options_and_unreachable_servers_fail_clearly(string[] args, int exitCode, string message)
    {
        CliRunResult run = await CliRun.RunAsync(["sql", .. args, "--execute", "SELECT 1"]);
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_password_is_never_sent_over_plain_http()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole
        {
            In = TextReader.Null, Out = output, Error = error,
            GetEnvironmentVariable = name => name == "MANIFOLD_PASSWORD" ? "secret" : null,
        };
        int exitCode = await new CliApplication(console).RunAsync(["sql", "--server", server.Url, "--password", "--execute", "SELECT 1"], TestContext.Current.CancellationToken);
        Assert.Equal(1, exitCode);
        Assert.Contains("Cannot connect to " + server.Url, error.ToString());
        Assert.DoesNotContain("secret", error.ToString());
        Assert.Equal("", output.ToString());
    }
}

/// <summary>The command-line examples of docs/client.md, run against a coordinator on loopback.</summary>
public sealed partial class ClientDocsCommandTests(LoopbackCoordinator server) : IClassFixture<LoopbackCoordinator>
{
    [Fact]
    public async Task The_commands_on_the_page_print_what_the_page_shows()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Manifold.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Manifold.slnx not found above the test binaries");
        }
        string doc = await File.ReadAllTextAsync(Path.Combine(root, "docs", "client.md"), TestContext.Current.CancellationToken);
        var block = ConsoleBlock().Match(doc);
        Assert.True(block.Success, "docs/client.md has no console block");
        var commands = block.Groups[1].Value.Split("$ ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, commands.Length);
        foreach (string example in commands)
        {
            int newline = example.IndexOf('\n', StringComparison.Ordinal);
            string line = example[..newline].Replace("http://localhost:8080", server.Url, StringComparison.Ordinal);
            string expected = example[(newline + 1)..];
            string[] args = Arguments().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value).ToArray();
            Assert.Equal("manifold", args[0]);
            CliRunResult run = await CliRun.RunAsync(args[1..]);
            Assert.Equal("", run.Error);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(expected, TrimLineEnds(run.Out));
        }
    }

    private static string TrimLineEnds(string text) => string.Join('\n', text.Split('\n').Select(line => line.TrimEnd()));

    [System.Text.RegularExpressions.GeneratedRegex(@"```console\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex ConsoleBlock();

    [System.Text.RegularExpressions.GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial System.Text.RegularExpressions.Regex Arguments();
}
