using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

public sealed class RunnerTests
{
    [Fact]
    public void Statements_pass_when_ok_succeeds_and_error_fails()
    {
        var engine = new FakeEngine();
        engine.Failing.Add("bad one");
        engine.Failing.Add("bad two");
        const string script = "statement ok\ngood\n\nstatement error\nbad one\n\nstatement ok\nbad two\n\nstatement error\ngood again\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal((2, 2, 0), (result.Passed, result.Failed, result.Skipped));
        Assert.Equal([1, 4], result.PassedLines.Order());
        Assert.Collection(result.Failures,
            failure => Assert.Equal((7, FailureKind.StatementFailed, "bad two"), (failure.Line, failure.Kind, failure.Sql)),
            failure => Assert.Equal((10, FailureKind.StatementSucceeded, "good again"), (failure.Line, failure.Kind, failure.Sql)));
        Assert.Contains("statement rejected: bad two", result.Failures[0].Message);
        Assert.Equal(1, engine.Resets);
    }

    [Fact]
    public void Query_values_compare_one_per_line_by_column_letter()
    {
        var engine = new FakeEngine();
        engine.Results["q"] = [[1L, 2.5, "x"], [null, 3L, ""]];

        FileResult good = TemporaryScripts.Run("query IRT nosort\nq\n----\n1\n2.500\nx\nNULL\n3.000\n(empty)\n", engine);
        FileResult bad = TemporaryScripts.Run("query IRT nosort\nq\n----\n1\n2.500\nx\nNULL\n3.000\ny\n", engine);

        Assert.Equal((1, 0), (good.Passed, good.Failed));
        RecordFailure failure = Assert.Single(bad.Failures);
        Assert.Equal(FailureKind.WrongResult, failure.Kind);
        Assert.Equal("value 6 differs: expected 'y', got '(empty)'", failure.Message);
        Assert.Equal("1\n2.500\nx\nNULL\n3.000\n(empty)", failure.Actual);
    }

    [Fact]
    public void Results_over_the_default_threshold_of_8_compare_as_a_hash()
    {
        var engine = new FakeEngine();
        engine.Results["nine"] = Enumerable.Range(1, 9).Select(i => new object?[] { (long)i }).ToArray();
        engine.Results["eight"] = Enumerable.Range(1, 8).Select(i => new object?[] { (long)i }).ToArray();
        string nineHash = ResultFormatter.Hash(Enumerable.Range(1, 9).Select(i => i.ToString()).ToList());
        string script = $"query I nosort\nnine\n----\n9 values hashing to {nineHash}\n\nquery I nosort\neight\n----\n1\n2\n3\n4\n5\n6\n7\n8\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal((2, 0), (result.Passed, result.Failed));
    }

    [Fact]
    public void Hash_threshold_zero_lists_every_value()
    {
        var engine = new FakeEngine();
        engine.Results["nine"] = Enumerable.Range(1, 9).Select(i => new object?[] { (long)i }).ToArray();

        FileResult result = TemporaryScripts.Run("hash-threshold 0\n\nquery I nosort\nnine\n----\n1\n2\n3\n4\n5\n6\n7\n8\n9\n", engine);

        Assert.Equal((1, 0), (result.Passed, result.Failed));
    }

    [Fact]
    public void Hash_threshold_applies_from_its_record_on()
    {
        var engine = new FakeEngine();
        engine.Results["three"] = [[1L], [2L], [3L]];
        string hash = ResultFormatter.Hash(["1", "2", "3"]);
        string script = $"query I nosort\nthree\n----\n1\n2\n3\n\nhash-threshold 2\n\nquery I nosort\nthree\n----\n3 values hashing to {hash}\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal((2, 0), (result.Passed, result.Failed));
    }

    [Fact]
    public void Rowsort_and_valuesort_sort_rendered_values_before_comparing()
    {
        var engine = new FakeEngine();
        engine.Results["q"] = [[9L, "b"], [10L, "a"]];
        const string script = "query IT rowsort\nq\n----\n10\na\n9\nb\n\nquery IT valuesort\nq\n----\n10\n9\na\nb\n\nquery IT nosort\nq\n----\n10\na\n9\nb\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal((2, 1), (result.Passed, result.Failed));
        Assert.Equal(17, Assert.Single(result.Failures).Line);
    }

    [Fact]
    public void A_row_with_another_column_count_fails()
    {
        var engine = new FakeEngine();
        engine.Results["q"] = [[1L, 2L]];

        FileResult result = TemporaryScripts.Run("query I nosort\nq\n----\n1\n", engine);

        RecordFailure failure = Assert.Single(result.Failures);
        Assert.Equal(FailureKind.ColumnCountMismatch, failure.Kind);
        Assert.Equal("expected 1 columns (I), got 2", failure.Message);
    }

    [Fact]
    public void A_query_error_fails_with_the_engine_message()
    {
        var engine = new FakeEngine();
        engine.Failing.Add("SELECT 1/0");

        FileResult result = TemporaryScripts.Run("query I nosort\nSELECT 1/0\n----\nNULL\n", engine);

        RecordFailure failure = Assert.Single(result.Failures);
        Assert.Equal((FailureKind.QueryFailed, "DIVISION_BY_ZERO: Division by zero", "NULL"), (failure.Kind, failure.Message, failure.Expected));
    }

    [Fact]
    public void Conditions_skip_records_for_the_engine_they_name()
    {
        var engine = new FakeEngine("manifold");
        const string script = "onlyif mysql\nstatement ok\na\n\nskipif manifold\nstatement ok\nb\n\nskipif mysql\nstatement ok\nc\n\nonlyif MANIFOLD\nstatement ok\nd\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal((2, 0, 2), (result.Passed, result.Failed, result.Skipped));
        Assert.Equal(["c", "d"], engine.Executed);
    }

    [Fact]
    public void Halt_stops_the_file_unless_a_condition_skips_it()
    {
        var engine = new FakeEngine("manifold");
        const string script = "statement ok\na\n\nonlyif mysql\nhalt\n\nstatement ok\nb\n\nskipif manifold\nhalt\n\nstatement ok\nc\n\nhalt\n\nstatement ok\nd\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal(["a", "b", "c"], engine.Executed);
        Assert.Equal((3, 0, 2), (result.Passed, result.Failed, result.Skipped));
    }

    [Fact]
    public void A_malformed_record_fails_and_stops_the_file()
    {
        var engine = new FakeEngine();

        FileResult result = TemporaryScripts.Run("statement ok\na\n\nwhatever\n\nstatement ok\nb\n", engine);

        RecordFailure failure = Assert.Single(result.Failures);
        Assert.Equal((4, FailureKind.MalformedRecord), (failure.Line, failure.Kind));
        Assert.Equal(["a"], engine.Executed);
    }

    [Fact]
    public void Records_with_the_same_label_must_agree()
    {
        var engine = new FakeEngine();
        engine.Results["first"] = [[1L]];
        engine.Results["twin"] = [[1L]];
        engine.Results["stranger"] = [[2L]];
        const string script = "query I nosort label-1\nfirst\n----\n1\n\nquery I nosort label-1\ntwin\n----\n1\n\nquery I nosort label-1\nstranger\n----\n2\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal((2, 1), (result.Passed, result.Failed));
        RecordFailure failure = Assert.Single(result.Failures);
        Assert.Equal((11, FailureKind.LabelMismatch), (failure.Line, failure.Kind));
    }

    [Fact]
    public void A_skipped_record_still_gives_its_label_the_hash_of_its_expected_values()
    {
        var engine = new FakeEngine("manifold");
        engine.Results["standard"] = [[7L]];
        const string agreeing = "onlyif mysql\nquery I nosort label-2\nmysql spelling\n----\n7\n\nskipif mysql\nquery I nosort label-2\nstandard\n----\n7\n";
        const string disagreeing = "onlyif mysql\nquery I nosort label-2\nmysql spelling\n----\n8\n\nskipif mysql\nquery I nosort label-2\nstandard\n----\n7\n";
        string hashedHash = ResultFormatter.Hash(["8"]);
        string disagreeingByHash = $"onlyif mysql\nquery I nosort label-2\nmysql spelling\n----\n1 values hashing to {hashedHash}\n\nquery I nosort label-2\nstandard\n----\n7\n";

        FileResult agrees = TemporaryScripts.Run(agreeing, engine);
        FileResult disagrees = TemporaryScripts.Run(disagreeing, engine);
        FileResult disagreesByHash = TemporaryScripts.Run(disagreeingByHash, engine);

        Assert.Equal((1, 0, 1), (agrees.Passed, agrees.Failed, agrees.Skipped));
        Assert.Equal(FailureKind.LabelMismatch, Assert.Single(disagrees.Failures).Kind);
        Assert.Equal(FailureKind.LabelMismatch, Assert.Single(disagreesByHash.Failures).Kind);
    }

    [Fact]
    public void A_wrong_result_does_not_poison_its_label_for_later_records()
    {
        var engine = new FakeEngine();
        engine.Results["wrong"] = [[2L]];
        engine.Results["right"] = [[1L]];
        const string script = "query I nosort label-3\nwrong\n----\n1\n\nquery I nosort label-3\nright\n----\n1\n";

        FileResult result = TemporaryScripts.Run(script, engine);

        Assert.Equal((1, 1), (result.Passed, result.Failed));
        Assert.Equal((1, FailureKind.WrongResult), (result.Failures[0].Line, result.Failures[0].Kind));
    }

    [Fact]
    public void Timeout_is_checked_between_records()
    {
        var clock = new ManualTimeProvider();
        var engine = new FakeEngine { BeforeEachCall = _ => clock.FireAll() };
        var options = new SqlLogicRunnerOptions { FileTimeout = TimeSpan.FromSeconds(30), TimeProvider = clock };

        FileResult result = TemporaryScripts.Run("statement ok\na\n\nstatement ok\nb\n\nstatement ok\nc\n", engine, options);

        Assert.True(result.TimedOut);
        Assert.Equal(["a"], engine.Executed);
        Assert.Equal((1, 1), (result.Passed, result.Failed));
        RecordFailure failure = Assert.Single(result.Failures);
        Assert.Equal((4, FailureKind.Timeout), (failure.Line, failure.Kind));
        Assert.Equal("the file exceeded its time limit of 30 s (2 records not run)", failure.Message);
    }

    [Fact]
    public void An_engine_stuck_in_a_call_is_abandoned_and_replaced_for_the_next_file()
    {
        using var release = new ManualResetEventSlim();
        var stuck = new FakeEngine { BeforeEachCall = sql => { if (sql == "hang") release.Wait(); } };
        var fresh = new FakeEngine();
        var engines = new Queue<FakeEngine>([stuck, fresh]);
        var options = new SqlLogicRunnerOptions { FileTimeout = TimeSpan.FromMilliseconds(50), AbandonGrace = TimeSpan.FromMilliseconds(50) };
        using var scripts = new TemporaryScripts();
        SqlLogicFile first = scripts.Write("first.test", "statement ok\nfine\n\nstatement ok\nhang\n\nstatement ok\nnever\n");
        SqlLogicFile second = scripts.Write("second.test", "statement ok\nnext\n");

        FileResult firstResult, secondResult;
        using (var runner = new SqlLogicRunner(engines.Dequeue, options))
        {
            firstResult = runner.RunFile(first);
            secondResult = runner.RunFile(second);
            release.Set();
        }

        Assert.True(firstResult.TimedOut);
        Assert.Equal((1, 1), (firstResult.Passed, firstResult.Failed));
        RecordFailure failure = Assert.Single(firstResult.Failures);
        Assert.Equal((4, FailureKind.Timeout), (failure.Line, failure.Kind));
        Assert.Equal((1, 0), (secondResult.Passed, secondResult.Failed));
        Assert.Equal(["next"], fresh.Executed);
        Assert.True(SpinWait.SpinUntil(() => stuck.Disposed, TimeSpan.FromSeconds(30)), "the abandoned engine is disposed once its call returns");
        Assert.DoesNotContain("never", stuck.Executed);
    }

    [Fact]
    public void An_engine_that_cannot_reset_fails_the_file()
    {
        using var scripts = new TemporaryScripts();
        SqlLogicFile file = scripts.Write("x.test", "statement ok\na\n");
        using var runner = new SqlLogicRunner(() => throw new InvalidOperationException("no engine today"));

        FileResult result = runner.RunFile(file);

        RecordFailure failure = Assert.Single(result.Failures);
        Assert.Equal((0, FailureKind.EngineError), (failure.Line, failure.Kind));
        Assert.Contains("no engine today", failure.Message);
    }

    [Fact]
    public void Folders_expand_to_their_test_scripts_named_from_the_folder()
    {
        using var scripts = new TemporaryScripts();
        scripts.Write("corpus/b.test", "");
        scripts.Write("corpus/a/z.test", "");
        scripts.Write("corpus/notes.txt", "");

        IReadOnlyList<SqlLogicFile> files = SqlLogicFile.Find([Path.Combine(scripts.Folder, "corpus")]);

        Assert.Equal(["corpus/a/z.test", "corpus/b.test"], files.Select(file => file.RelativePath));
        Assert.True(files[0].IsNamedBy("a/z.test"));
        Assert.True(files[0].IsNamedBy("corpus/a/z.test"));
        Assert.False(files[0].IsNamedBy("z.tes"));
        Assert.False(files[0].IsNamedBy("b/z.test"));
    }
}
