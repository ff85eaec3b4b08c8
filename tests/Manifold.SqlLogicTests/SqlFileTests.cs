using System.Text;
using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

/// <summary>Runs Manifold's own SQL tests, <c>sql/&lt;area&gt;/*.slt</c>, on the embedded engine: one test case per file.</summary>
/// <remarks>
/// The files are sqllogictest scripts with Manifold's extensions (see tools/Manifold.SqlLogicTest.Core/README.md):
/// <c>statement error NAME</c>, <c>query error NAME</c>, <c>&lt;REGEX&gt;:</c> expected lines, no hashing unless a file
/// asks for it, and multi-line values (EXPLAIN plans) spread over several expected lines. Each file starts with three
/// comment lines: <c># name: &lt;area&gt;/&lt;file&gt;.slt</c>, <c># description: …</c> and <c># group: [&lt;area&gt;]</c>.
/// With the environment variable <c>MANIFOLD_REWRITE=1</c>, each file's expected results are rewritten in place from
/// what the engine returns (the test still fails on that run); review the diff like code.
/// </remarks>
public sealed class SqlFileTests(ITestOutputHelper output)
{
    /// <summary>The relative path of every script, as test case data.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(SqlFolder, "*" + SqlLogicFile.ManifoldExtension, SearchOption.AllDirectories)
                     .Select(RelativePath).Order(StringComparer.Ordinal))
        {
            data.Add(path);
        }
        return data;
    }

    /// <summary>The folder holding the scripts in the source tree (so that rewrites land in the repository).</summary>
    public static string SqlFolder { get; } = FindSqlFolder();

    [Theory]
    [MemberData(nameof(Files))]
    public void Sql_file_passes(string file)
    {
        var script = new SqlLogicFile(Path.Combine(SqlFolder, file), file);
        CheckHeader(script);
        FileResult result = Run(script, new Dictionary<string, string>(), Rewrite);
        Report(result);
        Assert.True(result.Failed == 0, $"{result.Failed} records of {file} failed (see the output)" + (Rewrite ? "; expectations were rewritten" : ""));
        Assert.True(result.Passed > 0, $"{file} ran no records");
    }

    private static bool Rewrite => Environment.GetEnvironmentVariable("MANIFOLD_REWRITE") == "1";

    internal static FileResult Run(SqlLogicFile script, IReadOnlyDictionary<string, string> properties, bool rewrite)
    {
        var options = new SqlLogicRunnerOptions
        {
            FileTimeout = TimeSpan.FromMinutes(2),
            InitialHashThreshold = 0,
            MultilineValues = true,
            RewriteResults = rewrite,
        };
        using var runner = new SqlLogicRunner(() => new ManifoldSqlLogicEngine(sessionProperties: properties), options);
        return runner.RunFile(script);
    }

    private void Report(FileResult result)
    {
        output.WriteLine($"{result.File.RelativePath}: {result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped in {result.Elapsed.TotalMilliseconds:0} ms");
        foreach (RecordFailure failure in result.Failures)
        {
            var text = new StringBuilder();
            text.AppendLine($"{failure.Location}: {failure.Kind}: {failure.Message}");
            text.AppendLine("  sql: " + failure.Sql.Replace("\n", "\n       ", StringComparison.Ordinal));
            if (failure.Expected is not null)
            {
                text.AppendLine("  expected:\n    " + failure.Expected.Replace("\n", "\n    ", StringComparison.Ordinal));
            }
            if (failure.Actual is not null)
            {
                text.AppendLine("  actual:\n    " + failure.Actual.Replace("\n", "\n    ", StringComparison.Ordinal));
            }
            output.WriteLine(text.ToString());
        }
    }

    private static void CheckHeader(SqlLogicFile script)
    {
        string[] lines = File.ReadLines(script.FullPath).Take(3).ToArray();
        string area = script.RelativePath.Split('/')[0];
        Assert.True(lines.Length == 3
            && lines[0] == "# name: " + script.RelativePath
            && lines[1].StartsWith("# description: ", StringComparison.Ordinal) && lines[1].Length > "# description: ".Length
            && lines[2] == $"# group: [{area}]",
            $"{script.RelativePath} must start with '# name: {script.RelativePath}', '# description: ...' and '# group: [{area}]'");
    }

    private static string RelativePath(string path) => Path.GetRelativePath(SqlFolder, path).Replace('\\', '/');

    private static string FindSqlFolder()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tests", "Manifold.SqlLogicTests", "sql");
            if (File.Exists(Path.Combine(directory.FullName, "Manifold.slnx")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/Manifold.SqlLogicTests/sql not found above " + AppContext.BaseDirectory);
    }
}
