namespace Manifold.Cli.Tests;

/// <summary>Help, version and bad command lines (exit code 2 with a clear message).</summary>
public sealed class ArgumentTests
{
    [Theory]
    [InlineData(new[] { "--bogus" }, "Unrecognized command or argument '--bogus'")]
    [InlineData(new[] { "sql", "--no-such-option" }, "Unrecognized command or argument '--no-such-option'")]
    [InlineData(new[] { "sql", "--output-format", "XML", "-e", "SELECT 1" }, "Unknown output format 'XML'")]
    [InlineData(new[] { "sql", "--execute", "SELECT 1", "--file", "x.sql" }, "Only one of --execute and --file may be given")]
    [InlineData(new[] { "sql", "--session", "page_size" }, "Session property must be name=value: 'page_size'")]
    [InlineData(new[] { "sql", "--schema", "tiny", "-e", "SELECT 1" }, "--schema needs --catalog")]
    [InlineData(new[] { "sql", "--execute" }, "Required argument missing for option: '--execute'")]
    [InlineData(new[] { "tpch", "gen", "--out", "x" }, "Option '--scale' is required")]
    [InlineData(new[] { "tpch", "gen", "--scale", "abc", "--out", "x" }, "abc")]
    [InlineData(new[] { "tpch", "gen", "--scale", "-1", "--out", "x" }, "--scale must be a positive number")]
    [InlineData(new[] { "tpch", "gen", "--scale", "1", "--out", "x", "--tables", "nation,bogus" }, "Unknown TPC-H table 'bogus'")]
    [InlineData(new[] { "tpch", "gen", "--scale", "1", "--out", "x", "--format", "parquet" }, "parquet")]
    [InlineData(new[] { "tpch" }, "Required command was not provided")]
    [InlineData(new string[0], "Required command was not provided")]
    public async Task Bad_command_lines_exit_2_with_a_message(string[] args, string message)
    {
        CliRunResult run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("manifold: ", run.Error);
        Assert.Contains(message, run.Error);
        Assert.Matches(@"Run 'manifold( \w+)* --help' for usage\.\n$", run.Error);
    }

    [Fact]
    public async Task Unknown_session_property_exits_2()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--session", "no_such_property=1", "-e", "SELECT 1");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("manifold: Session property 'no_such_property' does not exist\n", run.Error);
    }

    [Fact]
    public async Task Invalid_session_property_value_exits_2()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--session", "page_size=0", "-e", "SELECT 1");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("manifold: Invalid session property 'page_size': ", run.Error);
    }

    [Fact]
    public async Task Missing_etc_folder_exits_2()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--etc", "/no/such/etc", "-e", "SELECT 1");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("manifold: etc directory does not exist: /no/such/etc\n", run.Error);
    }

    [Fact]
    public async Task Missing_script_file_exits_1()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--file", "/no/such/script.sql");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("manifold: cannot read '/no/such/script.sql': ", run.Error);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        CliRunResult run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sql", run.Out);
        Assert.Contains("tpch", run.Out);
        Assert.Contains("--version", run.Out);
    }

    [Fact]
    public async Task Sql_help_lists_every_option()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string option in new[] { "--local", "--etc", "--catalog", "--schema", "--user", "--session", "--execute", "--file", "--output-format", "--ignore-errors" })
        {
            Assert.Contains(option, run.Out);
        }
    }

    [Fact]
    public async Task Tpch_gen_help_lists_every_option()
    {
        CliRunResult run = await CliRun.RunAsync("tpch", "gen", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string option in new[] { "--scale", "--out", "--tables", "--format", "--parallelism" })
        {
            Assert.Contains(option, run.Out);
        }
    }

    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        CliRunResult run = await CliRun.RunAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^0\.1\.0(\+[0-9a-f]+)?\n$", run.Out);
    }
}
