using Manifold.SqlLogicTest;
using Manifold.Testing;

namespace Manifold.SqlLogicTests;

/// <summary>Runs the shared sqllogictest corpus on Manifold. Every failure must be listed, with its class, in
/// expected-failures.txt (places where Trino's semantics legitimately differ from SQLite's), and a listed record that
/// starts passing fails the test too, so the list stays exact.</summary>
public sealed class ManifoldCorpusTests(ITestOutputHelper output)
{
    private static readonly string ExpectedFailuresFile = Path.Combine(AppContext.BaseDirectory, "expected-failures.txt");

    [Fact]
    [Trait("Category", "Corpus")]
    public void Manifold_passes_the_corpus_except_the_listed_dialect_differences()
    {
        IReadOnlyList<FileResult> results = Run(new Dictionary<string, string>(), files: null);
        ExpectedFailureReport report = ExpectedFailureList.Load(ExpectedFailuresFile).Compare(results);
        var (passed, failed, skipped) = Totals(results);
        output.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
        foreach (RecordFailure failure in report.UnexpectedFailures)
        {
            output.WriteLine($"unexpected failure {failure.Location}: {failure.Message}");
        }
        foreach (ExpectedFailure pass in report.UnexpectedPasses)
        {
            output.WriteLine($"unexpected pass {pass.File}:{pass.Line}");
        }
        Assert.Empty(report.UnexpectedFailures);
        Assert.Empty(report.UnexpectedPasses);
        Assert.True(passed >= 0.95 * (passed + failed), $"pass rate {(double)passed / (passed + failed):P2} is below 95%");
    }

    /// <summary>The same files with other settings must give the same outcome: one row per page, and no optimizer rules
    /// at all (so joins run as nested loops: only files with small joins).</summary>
    [Theory]
    [Trait("Category", "Corpus")]
    [InlineData("page_size", "1")]
    [InlineData("page_size", "7")]
    [InlineData("disabled_optimizer_rules", "all")]
    public void Results_do_not_depend_on_page_size_or_optimizer(string property, string value)
    {
        string[] files = ["test/select1.test", "test/select2.test", "test/random/expr/slt_good_1.test", "test/evidence/in1.test",
            "test/evidence/slt_lang_aggfunc.test", "test/evidence/slt_lang_createview.test"];
        IReadOnlyList<FileResult> results = Run(new Dictionary<string, string> { [property] = value }, files);
        ExpectedFailureReport report = ExpectedFailureList.Load(ExpectedFailuresFile).Compare(results);
        foreach (RecordFailure failure in report.UnexpectedFailures.Take(20))
        {
            output.WriteLine($"unexpected failure {failure.Location}: {failure.Message}");
        }
        Assert.Empty(report.UnexpectedFailures);
        Assert.Empty(report.UnexpectedPasses);
    }

    private static IReadOnlyList<FileResult> Run(IReadOnlyDictionary<string, string> properties, string[]? files)
    {
        string corpus = SharedCorpus.Require("sqllogictest/test");
        string root = Path.GetDirectoryName(corpus)!;
        IReadOnlyList<SqlLogicFile> found = files is null
            ? SqlLogicFile.Find([corpus])
            : SqlLogicFile.Find(files.Select(f => Path.Combine(root, f)).ToArray());
        using var runner = new SqlLogicRunner(() => new ManifoldSqlLogicEngine(sessionProperties: properties));
        return runner.Run(found);
    }

    private static (int Passed, int Failed, int Skipped) Totals(IReadOnlyList<FileResult> results)
        => (results.Sum(r => r.Passed), results.Sum(r => r.Failed), results.Sum(r => r.Skipped));
}
