using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

public sealed class ExpectedFailureListTests
{
    [Fact]
    public void Entries_parse_with_comments_blank_lines_and_empty_reasons()
    {
        const string text = "# header\n\ntest/select1.test:12\tdivision_by_zero\tSELECT 1/0\r\nevidence/in1.test:7\tother\n";

        ExpectedFailureList list = ExpectedFailureList.Parse(text);

        Assert.Equal(
            [
                new ExpectedFailure("test/select1.test", 12, FailureClass.DivisionByZero, "SELECT 1/0"),
                new ExpectedFailure("evidence/in1.test", 7, FailureClass.Other, ""),
            ],
            list.Entries);
    }

    [Theory]
    [InlineData("select1.test\tother\tx", "list:1: expected '<file>:<line>' before the first tab, got 'select1.test'")]
    [InlineData("# c\nselect1.test:x\tother", "list:2: expected '<file>:<line>' before the first tab, got 'select1.test:x'")]
    [InlineData("select1.test:3\tweird\tx", "list:1: expected a failure class after the first tab, got 'weird'")]
    [InlineData("select1.test:3", "list:1: expected a failure class after the first tab, got nothing")]
    public void Malformed_lines_are_reported_with_their_line_number(string text, string message)
    {
        var exception = Assert.Throws<FormatException>(() => ExpectedFailureList.Parse(text, "list"));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Every_class_name_round_trips()
    {
        foreach (FailureClass failureClass in Enum.GetValues<FailureClass>())
        {
            Assert.True(FailureClassNames.TryParse(FailureClassNames.ToName(failureClass), out FailureClass parsed));
            Assert.Equal(failureClass, parsed);
        }
        Assert.Equal(
            ["division_by_zero", "integer_overflow", "type_affinity", "null_ordering", "sqlite_only_statement", "group_by_strictness", "other"],
            Enum.GetValues<FailureClass>().Select(FailureClassNames.ToName));
    }

    [Fact]
    public void Compare_separates_unexpected_failures_expected_failures_and_unexpected_passes()
    {
        using var scripts = new TemporaryScripts();
        SqlLogicFile file = scripts.Write("test/a.test", Script);
        FileResult result = RunWithFailures(file, "fails-listed", "fails-unlisted");
        ExpectedFailureList list = ExpectedFailureList.Parse(
            "a.test:1\tother\tstill fails\n" +
            "test/a.test:4\tother\tnow passes\n" +
            "a.test:10\tother\tskipped record\n" +
            "other.test:1\tother\tfile not run\n");

        ExpectedFailureReport report = list.Compare([result]);

        Assert.Equal([1], report.ExpectedFailures.Select(failure => failure.Line));
        Assert.Equal([7], report.UnexpectedFailures.Select(failure => failure.Line));
        Assert.Equal([4], report.UnexpectedPasses.Select(entry => entry.Line));
    }

    [Fact]
    public void Rewriting_keeps_known_entries_drops_fixed_ones_and_classifies_new_ones()
    {
        using var scripts = new TemporaryScripts();
        SqlLogicFile file = scripts.Write("test/a.test", Script);
        FileResult result = RunWithFailures(file, "fails-listed", "fails-unlisted");
        ExpectedFailureList previous = ExpectedFailureList.Parse(
            "a.test:1\tnull_ordering\thand-written reason\n" +
            "a.test:4\tother\tnow passes\n" +
            "a.test:10\tother\tskipped record\n" +
            "other.test:1\tother\tfile not run\n");

        ExpectedFailureList rewritten = ExpectedFailureList.FromResults([result], previous);

        Assert.Equal(
            [
                new ExpectedFailure("a.test", 1, FailureClass.NullOrdering, "hand-written reason"),
                new ExpectedFailure("a.test", 10, FailureClass.Other, "skipped record"),
                new ExpectedFailure("other.test", 1, FailureClass.Other, "file not run"),
                new ExpectedFailure("test/a.test", 7, FailureClass.DivisionByZero, "QueryFailed: DIVISION_BY_ZERO: Division by zero"),
            ],
            rewritten.Entries);
        Assert.Equal(rewritten.Entries, ExpectedFailureList.Parse(rewritten.Format()).Entries);
    }

    [Fact]
    public void A_fresh_list_from_failures_expects_exactly_them()
    {
        using var scripts = new TemporaryScripts();
        SqlLogicFile file = scripts.Write("test/a.test", Script);
        FileResult result = RunWithFailures(file, "fails-listed", "fails-unlisted");

        ExpectedFailureList list = ExpectedFailureList.FromResults([result]);
        ExpectedFailureReport report = list.Compare([result]);

        Assert.Equal(["test/a.test:1", "test/a.test:7"], list.Entries.Select(entry => $"{entry.File}:{entry.Line}"));
        Assert.Empty(report.UnexpectedFailures);
        Assert.Empty(report.UnexpectedPasses);
        Assert.Equal(2, report.ExpectedFailures.Count);
    }

    // Records at lines 1, 4, 7 and 10 (the last one skipped by the fake engine).
    private const string Script = "query I nosort\nfails-listed\n\nquery I nosort\npasses\n\nquery I nosort\nfails-unlisted\n\nskipif fake\nquery I nosort\nskipped\n";

    private static FileResult RunWithFailures(SqlLogicFile file, params string[] failing)
    {
        var engine = new FakeEngine();
        foreach (string sql in failing)
        {
            engine.Failing.Add(sql);
        }
        using var runner = new SqlLogicRunner(() => engine);
        return runner.RunFile(file);
    }
}
