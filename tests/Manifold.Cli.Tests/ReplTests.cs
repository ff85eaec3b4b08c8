using Manifold.Cli.Sql;
using Manifold.Cli.Terminal;

namespace Manifold.Cli.Tests;

/// <summary>The interactive shell driven through a pipe: statements over several lines, commands, session changes.</summary>
public sealed class ReplTests
{
    [Fact]
    public async Task Piped_multi_line_statement_runs_when_its_semicolon_arrives_and_quit_stops()
    {
        string input = """
            SELECT name
            FROM tpch.tiny.nation
            WHERE nationkey
              IN (1, 2);
            quit
            SELECT 'not run';

            """;

        CliRunResult run = await CliRun.RunWithInputAsync(input, "sql");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(Golden.Text("""
               name    $
            -----------$
             ARGENTINA $
             BRAZIL    $
            (2 rows)$
            """), run.Out);
    }

    [Fact]
    public async Task Errors_show_the_caret_and_the_shell_goes_on()
    {
        string input = "USE tpch.tiny;\nSELECT nosuch FROM region;\nSELECT count(*) AS n FROM region;\nexit;\n";

        CliRunResult run = await CliRun.RunWithInputAsync(input, "sql");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            USE
            Query failed (#QUERY_ID): line 1:8: Column 'nosuch' cannot be resolved
            LINE 1: SELECT nosuch FROM region
                           ^
            Error: COLUMN_NOT_FOUND

            """, CliRun.MaskQueryIds(run.Error));
        Assert.Equal(Golden.Text("""
             n $
            ---$
             5 $
            (1 row)$
            """), run.Out);
    }

    [Fact]
    public async Task Use_and_set_session_persist_across_statements()
    {
        string input = "USE tpch.tiny;\nSET SESSION page_size = 3;\nSHOW SESSION LIKE 'page_size';\nSELECT count(*) FROM nation;\n";

        CliRunResult run = await CliRun.RunWithInputAsync(input, "sql", "--output-format", "CSV");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("USE\nSET SESSION\n", run.Error);
        string[] lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"page_size\",\"3\",", lines[0]);
        Assert.Equal("\"25\"", lines[1]);
    }

    [Fact]
    public async Task Several_statements_on_one_line_and_one_split_over_lines_all_run()
    {
        string input = "SELECT 1; SELECT\n2;   SELECT 'a;b'\n;\n";

        CliRunResult run = await CliRun.RunWithInputAsync(input, "sql", "--output-format", "CSV");

        Assert.Equal("\"1\"\n\"2\"\n\"a;b\"\n", run.Out);
    }

    [Fact]
    public async Task Last_statement_without_semicolon_runs_at_end_of_input()
    {
        CliRunResult run = await CliRun.RunWithInputAsync("SELECT 42", "sql", "--output-format", "CSV");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("\"42\"\n", run.Out);
    }

    [Fact]
    public async Task Help_prints_the_commands()
    {
        CliRunResult run = await CliRun.RunWithInputAsync("help\n", "sql");

        Assert.Contains("quit, exit", run.Out);
        Assert.Contains("Ctrl-C cancels the running query", run.Out);
    }

    [Fact]
    public async Task Comments_and_blank_lines_alone_run_nothing()
    {
        CliRunResult run = await CliRun.RunWithInputAsync("-- nothing here\n\n/* still nothing */\nSELECT 1;\n", "sql", "--output-format", "CSV");

        Assert.Equal("", run.Error);
        Assert.Equal("\"1\"\n", run.Out);
    }

    [Fact]
    public async Task Prompt_shows_the_schema_and_continuation_lines()
    {
        var output = new StringWriter();
        var console = new CliConsole { In = TextReader.Null, Out = output, Error = new StringWriter() };
        await using LocalStatementExecutor executor = LocalStatementExecutor.Create(null, "test", null, null, []);
        var runner = new StatementRunner(executor, console, OutputFormat.Csv);
        var reader = new PlainLineReader(new StringReader("SELECT\n1;\nUSE tpch.tiny;\nquit\n"), output);
        var repl = new Repl(executor, runner, reader, console, new LineHistory(null));

        int exitCode = await repl.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Equal("manifold> " + "       -> " + "\"1\"\n" + "manifold> " + "manifold:tiny> ", output.ToString());
    }

    [Fact]
    public async Task Interrupt_at_the_prompt_drops_the_statement_being_typed()
    {
        var output = new StringWriter();
        var console = new CliConsole { In = TextReader.Null, Out = output, Error = new StringWriter() };
        await using LocalStatementExecutor executor = LocalStatementExecutor.Create(null, "test", null, null, []);
        var runner = new StatementRunner(executor, console, OutputFormat.Csv);
        var reader = new ScriptedLineReader(new("SELECT 'dropped'"), LineReadResult.Interrupt, new("SELECT 'kept';"), LineReadResult.EndOfInput);
        var repl = new Repl(executor, runner, reader, console, new LineHistory(null));

        await repl.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal("\"kept\"\n", output.ToString());
    }

    [Fact]
    public async Task Statements_go_into_the_history_file_on_one_line_each()
    {
        using var directory = new TempDirectory();
        string path = Path.Combine(directory.Path, "history");
        var console = new CliConsole { In = TextReader.Null, Out = new StringWriter(), Error = new StringWriter() };
        await using LocalStatementExecutor executor = LocalStatementExecutor.Create(null, "test", null, null, []);
        var runner = new StatementRunner(executor, console, OutputFormat.Csv);
        var history = new LineHistory(path);
        var reader = new PlainLineReader(new StringReader("SELECT\n  1;\nSELECT 2;\nquit\n"));

        await new Repl(executor, runner, reader, console, history).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal("SELECT   1;\nSELECT 2;\nquit\n", File.ReadAllText(path));
        Assert.Equal(["SELECT   1;", "SELECT 2;", "quit"], new LineHistory(path).Entries);
    }

    /// <summary>Hands out fixed read results, as a keyboard would.</summary>
    private sealed class ScriptedLineReader(params LineReadResult[] results) : ILineReader
    {
        private int _next;

        public LineReadResult ReadLine(string prompt) => _next < results.Length ? results[_next++] : LineReadResult.EndOfInput;
    }
}
