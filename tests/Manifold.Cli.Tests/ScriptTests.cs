namespace Manifold.Cli.Tests;

/// <summary><c>--execute</c> and <c>--file</c> scripts: several statements, session changes between them, failures.</summary>
public sealed class ScriptTests
{
    [Fact]
    public async Task File_runs_create_insert_and_select_on_memory()
    {
        using var directory = new TempDirectory();
        string script = directory.File("script.sql", """
            -- a table in the memory catalog
            CREATE TABLE memory.default.people (id bigint, name varchar);
            INSERT INTO memory.default.people VALUES (1, 'Ada'), (2, 'Grace'), (3, NULL);
            SELECT id, name FROM memory.default.people ORDER BY id;
            SELECT count(name) AS named FROM memory.default.people
            """);

        CliRunResult run = await CliRun.RunAsync("sql", "--file", script, "--output-format", "ALIGNED");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("CREATE TABLE\nINSERT: 3 rows\n", run.Error);
        Assert.Equal(Golden.Text("""
             id | name  $
            ----+-------$
              1 | Ada   $
              2 | Grace $
              3 | NULL  $
            (3 rows)$
             named $
            -------$
                 2 $
            (1 row)$
            """), run.Out);
    }

    [Fact]
    public async Task Execute_runs_several_statements_in_order()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute", "SELECT 1; SELECT 'two;three'; ; SELECT 4;");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("\"1\"\n\"two;three\"\n\"4\"\n", run.Out);
    }

    [Fact]
    public async Task Failing_statement_prints_query_id_message_caret_and_error_name_and_exits_1()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute", "SELECT 1; SELECT x FROM tpch.tiny.nation; SELECT 3");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("\"1\"\n", run.Out);   // the statement after the failure does not run
        Assert.Equal("""
            Query failed (#QUERY_ID): line 1:8: Column 'x' cannot be resolved
            LINE 1: SELECT x FROM tpch.tiny.nation
                           ^
            Error: COLUMN_NOT_FOUND

            """, CliRun.MaskQueryIds(run.Error));
        Assert.Matches(@"^Query failed \(#\d{8}_\d{6}_\d{5}_manifold\): ", run.Error);
    }

    [Fact]
    public async Task Caret_points_into_the_failing_line_of_a_multi_line_statement()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute", "SELECT 1,\n  nosuch\nFROM tpch.tiny.nation");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("""
            Query failed (#QUERY_ID): line 2:3: Column 'nosuch' cannot be resolved
            LINE 2:   nosuch
                      ^
            Error: COLUMN_NOT_FOUND

            """, CliRun.MaskQueryIds(run.Error));
    }

    [Fact]
    public async Task Syntax_error_reports_SYNTAX_ERROR_with_its_position()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute", "SELECT FROM");

        Assert.Equal(1, run.ExitCode);
        string error = CliRun.MaskQueryIds(run.Error);
        Assert.StartsWith("Query failed (#QUERY_ID): line 1:8: mismatched input 'FROM'.", error);
        Assert.EndsWith("LINE 1: SELECT FROM\n               ^\nError: SYNTAX_ERROR\n", error);
    }

    [Fact]
    public async Task Runtime_error_without_position_prints_message_and_name()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute", "SELECT nationkey / 0 FROM tpch.tiny.nation");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Query failed (#QUERY_ID): Division by zero\nError: DIVISION_BY_ZERO\n", CliRun.MaskQueryIds(run.Error));
    }

    [Fact]
    public async Task Ignore_errors_runs_the_rest_but_still_exits_1()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--ignore-errors", "--execute", "SELECT 1; SELECT nosuch; SELECT 3");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("\"1\"\n\"3\"\n", run.Out);
        Assert.Contains("Error: COLUMN_NOT_FOUND", run.Error);
    }

    [Fact]
    public async Task File_failure_stops_the_script_and_exits_1()
    {
        using var directory = new TempDirectory();
        string script = directory.File("fail.sql", "CREATE TABLE memory.default.t (a bigint);\nINSERT INTO memory.default.nosuch VALUES (1);\nSELECT 1;\n");

        CliRunResult run = await CliRun.RunAsync("sql", "-f", script);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("CREATE TABLE\nQuery failed (#", run.Error);
        Assert.Contains("Error: TABLE_NOT_FOUND\n", run.Error);
    }

    [Fact]
    public async Task Use_changes_catalog_and_schema_for_later_statements()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute",
            "USE tpch.tiny; SELECT count(*) FROM nation; USE sf1; SELECT count(*) FROM orders");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("USE\nUSE\n", run.Error);
        Assert.Equal("\"25\"\n\"1500000\"\n", run.Out);
    }

    [Fact]
    public async Task Set_session_applies_to_later_statements()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute",
            "SET SESSION page_size = 7; SHOW SESSION LIKE 'page_size'; RESET SESSION page_size; SHOW SESSION LIKE 'page_size'");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("SET SESSION\nRESET SESSION\n", run.Error);
        string[] lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"page_size\",\"7\",\"2048\"", lines[0]);
        Assert.StartsWith("\"page_size\",\"2048\",\"2048\"", lines[1]);
    }

    [Fact]
    public async Task Session_option_catalog_and_schema_set_the_starting_session()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--catalog", "tpch", "--schema", "tiny", "--session", "page_size=5",
            "--execute", "SELECT count(*) FROM region; SHOW SESSION LIKE 'page_size'");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"5\"", lines[0]);
        Assert.StartsWith("\"page_size\",\"5\",\"2048\"", lines[1]);
    }

    [Fact]
    public async Task Prepared_statements_persist_across_statements()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute",
            "PREPARE q FROM SELECT name FROM tpch.tiny.nation WHERE nationkey = ?; EXECUTE q USING 3");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("\"CANADA\"\n", run.Out);
    }

    [Fact]
    public async Task File_dash_reads_the_script_from_standard_input()
    {
        CliRunResult run = await CliRun.RunWithInputAsync("SELECT 1;\nSELECT 2;\n", "sql", "--file", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("\"1\"\n\"2\"\n", run.Out);
    }

    [Fact]
    public async Task Etc_folder_defines_the_catalogs()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(directory.Path, "catalog"));
        directory.File("catalog/bench.properties", "connector.name=tpch\n");

        CliRunResult run = await CliRun.RunAsync("sql", "--etc", directory.Path, "--execute", "SHOW CATALOGS");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("\"bench\"\n", run.Out);
        Assert.DoesNotContain("\"memory\"", run.Out);
    }
}
