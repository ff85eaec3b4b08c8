using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

/// <summary>The runner's extensions for Manifold's own scripts: error names, <c>query error</c>, patterns, multi-line
/// values, a starting hash threshold and rewriting expectations in place.</summary>
public sealed class RunnerExtensionTests
{
    private sealed class NamedErrorEngine : ISqlLogicEngine
    {
        public string Name => "named";
        public Dictionary<string, object?[][]> Results { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string?> Errors { get; } = new(StringComparer.Ordinal);

        public void Reset()
        {
        }

        public void ExecuteStatement(string sql) => ExecuteQuery(sql);

        public IReadOnlyList<object?[]> ExecuteQuery(string sql)
        {
            if (Errors.TryGetValue(sql, out string? name))
            {
                throw new SqlLogicEngineException($"{name}: failed", new InvalidOperationException("inner"), name);
            }
            return Results.TryGetValue(sql, out object?[][]? rows) ? rows : [];
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public void Statement_error_with_a_name_checks_the_name_and_without_one_accepts_any_error()
    {
        var engine = new NamedErrorEngine();
        engine.Errors["missing"] = "TABLE_NOT_FOUND";
        engine.Errors["nameless"] = null;
        string script = "statement error TABLE_NOT_FOUND\nmissing\n\nstatement error\nmissing\n\nstatement error COLUMN_NOT_FOUND\nmissing\n\n"
            + "statement error SYNTAX_ERROR\nnameless\n\nstatement error SYNTAX_ERROR\nfine\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal([1, 4], result.PassedLines.Order());
        Assert.Collection(result.Failures,
            f => Assert.Equal((7, FailureKind.WrongError, "COLUMN_NOT_FOUND", "TABLE_NOT_FOUND"), (f.Line, f.Kind, f.Expected, f.Actual)),
            f => Assert.Equal((10, FailureKind.WrongError, "an error without a name"), (f.Line, f.Kind, f.Message.Split(": ")[0].Replace("expected error SYNTAX_ERROR, got ", ""))),
            f => Assert.Equal((13, FailureKind.StatementSucceeded), (f.Line, f.Kind)));
    }

    [Fact]
    public void Query_error_runs_as_a_query_and_checks_the_name()
    {
        var engine = new FakeEngine();
        engine.Failing.Add("SELECT 1/0");
        const string script = "query error\nSELECT 1/0\n\nquery error DIVISION_BY_ZERO\nSELECT 1/0\n\nquery error\nSELECT 1\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        // FakeEngine throws plain exceptions: they carry no error name.
        Assert.Equal([1], result.PassedLines.Order());
        Assert.Collection(result.Failures,
            f => Assert.Equal((4, FailureKind.WrongError), (f.Line, f.Kind)),
            f => Assert.Equal((7, FailureKind.QuerySucceeded), (f.Line, f.Kind)));
    }

    [Fact]
    public void Parser_reads_error_names_and_query_error_records()
    {
        IReadOnlyList<SqlLogicRecord> records = SqlLogicParser.Parse("statement error X_Y\nA\n\nstatement error\nB\n\nquery error Z\nC\nD\n\nquery error\nE\n");

        var statement = Assert.IsType<StatementRecord>(records[0]);
        Assert.Equal((1, true, "A", "X_Y"), (statement.Line, statement.ExpectsError, statement.Sql, statement.ErrorName));
        statement = Assert.IsType<StatementRecord>(records[1]);
        Assert.Equal((4, true, "B", null), (statement.Line, statement.ExpectsError, statement.Sql, statement.ErrorName));
        var query = Assert.IsType<QueryErrorRecord>(records[2]);
        Assert.Equal((7, "C\nD", "Z"), (query.Line, query.Sql, query.ErrorName));
        query = Assert.IsType<QueryErrorRecord>(records[3]);
        Assert.Equal((11, "E", null), (query.Line, query.Sql, query.ErrorName));
    }

    [Fact]
    public void Pattern_lines_match_whole_actual_lines()
    {
        var engine = new FakeEngine();
        engine.Results["q"] = [["took 12.5ms"], ["x"]];

        FileResult good = TemporaryScripts.Run("query T nosort\nq\n----\n<REGEX>:took [0-9.]+ms\nx\n", engine);
        FileResult bad = TemporaryScripts.Run("query T nosort\nq\n----\n<REGEX>:took [0-9]+ms\nx\n", engine);
        FileResult partial = TemporaryScripts.Run("query T nosort\nq\n----\n<REGEX>:took\nx\n", engine);

        Assert.Equal((1, 0), (good.Passed, good.Failed));
        Assert.Equal(FailureKind.WrongResult, Assert.Single(bad.Failures).Kind);
        Assert.Equal(FailureKind.WrongResult, Assert.Single(partial.Failures).Kind);
    }

    [Fact]
    public void Multiline_values_spread_over_lines_only_when_asked()
    {
        var engine = new FakeEngine();
        engine.Results["plan"] = [["- Output\n    - Values\u00e9"], ["next"]];
        const string script = "query T nosort\nplan\n----\n- Output\n    - Values@\nnext\n";

        FileResult multiline = TemporaryScripts.Run(script, engine, new SqlLogicRunnerOptions { MultilineValues = true });
        FileResult plain = TemporaryScripts.Run("query T nosort\nplan\n----\n- Output@    - Values@\nnext\n", engine);

        Assert.Equal((1, 0), (multiline.Passed, multiline.Failed));
        Assert.Equal((1, 0), (plain.Passed, plain.Failed));
    }

    [Fact]
    public void Initial_hash_threshold_zero_lists_every_value()
    {
        var engine = new FakeEngine();
        engine.Results["nine"] = Enumerable.Range(1, 9).Select(i => new object?[] { (long)i }).ToArray();

        FileResult result = TemporaryScripts.Run("query I nosort\nnine\n----\n1\n2\n3\n4\n5\n6\n7\n8\n9\n", engine,
            new SqlLogicRunnerOptions { InitialHashThreshold = 0 });

        Assert.Equal((1, 0), (result.Passed, result.Failed));
    }

    [Fact]
    public void Rewrite_replaces_wrong_results_and_error_names_and_keeps_the_rest()
    {
        var engine = new NamedErrorEngine();
        engine.Results["q"] = [[1L, "a"], [2L, "b"]];
        engine.Results["timed"] = [["took 3ms"], ["rows 2"]];
        engine.Results["new"] = [[7L]];
        engine.Errors["bad"] = "TABLE_NOT_FOUND";
        const string script = "# name: t\n\nquery IT rowsort\nq\n----\n1\nold\n\n# keep me\nskipif other\nstatement error COLUMN_NOT_FOUND\nbad\n\n"
            + "query T nosort\ntimed\n----\n<REGEX>:took \\d+ms\nrows 1\n\nquery I\nnew\n\nstatement error\nbad\n\nquery I\nnew\n----\n7\n";
        using var scripts = new TemporaryScripts();
        SqlLogicFile file = scripts.Write("r.slt", script);
        using var runner = new SqlLogicRunner(() => engine, new SqlLogicRunnerOptions { RewriteResults = true });

        FileResult first = runner.RunFile(file);
        string rewritten = File.ReadAllText(file.FullPath);
        FileResult second = runner.RunFile(file);

        Assert.Equal(4, first.Failed);
        Assert.Equal("# name: t\n\nquery IT rowsort\nq\n----\n1\na\n2\nb\n\n# keep me\nskipif other\nstatement error TABLE_NOT_FOUND\nbad\n\n"
            + "query T nosort\ntimed\n----\n<REGEX>:took \\d+ms\nrows 2\n\nquery I\nnew\n----\n7\n\nstatement error\nbad\n\nquery I\nnew\n----\n7\n", rewritten);
        Assert.Equal((0, 6), (second.Failed, second.Passed));
    }

    [Fact]
    public void Rewrite_keeps_crlf_line_ends()
    {
        string rewritten = SqlLogicRewriter.Rewrite("query I\r\nq\r\n----\r\n1\r\n", [new PendingRewrite(1, ["2", "3"], null)]);

        Assert.Equal("query I\r\nq\r\n----\r\n2\r\n3\r\n", rewritten);
    }

    [Fact]
    public void Folders_yield_slt_scripts_too()
    {
        using var scripts = new TemporaryScripts();
        scripts.Write("sql/a/x.slt", "halt\n");
        scripts.Write("sql/b.test", "halt\n");
        scripts.Write("sql/c.txt", "halt\n");

        IReadOnlyList<SqlLogicFile> found = SqlLogicFile.Find([Path.Combine(scripts.Folder, "sql")]);

        Assert.Equal(["sql/a/x.slt", "sql/b.test"], found.Select(f => f.RelativePath));
    }
}
