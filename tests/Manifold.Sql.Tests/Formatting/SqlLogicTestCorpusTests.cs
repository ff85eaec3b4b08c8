using System.Text;
using Manifold.Sql.Formatting;
using Manifold.Sql.Parsing;
using Manifold.Sql.Tree;
using Manifold.Testing;

namespace Manifold.Sql.Tests.Formatting;

/// <summary>Every distinct SQL text of the sqllogictest subset: parse → format → parse must give an equal tree.</summary>
/// <remarks>
/// Statements we cannot parse must be SQLite-only (or MySQL-only) syntax; their count per file is printed and the total
/// is capped, so a parser regression that rejects more of the corpus fails the test.
/// </remarks>
public sealed class SqlLogicTestCorpusTests(ITestOutputHelper output)
{
    // SQLite-only syntax run by every engine: CREATE/DROP TRIGGER, REINDEX, [INSERT OR] REPLACE, IN (), NOT INDEXED,
    // count(DISTINCT *), <<, two statements in one record.
    private const int MaxUnparseable = 43;

    // Records for one other engine only (onlyif mysql/mssql/…): DIV, IF EXISTS (…) DROP VIEW, CREATE TEMP VIEW, ….
    private const int MaxUnparseableOtherEngine = 3142;

    [Fact]
    [Trait("Category", "Slow")]
    public void Every_corpus_statement_we_parse_round_trips_and_the_rest_is_foreign_syntax()
    {
        string root = SharedCorpus.Require("sqllogictest/test");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int total = 0;
        int unparseable = 0;
        int foreign = 0;
        var roundTripFailures = new List<string>();
        var report = new StringBuilder();
        var messages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(root, "*.test", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            int fileDistinct = 0;
            int fileFailed = 0;
            int fileForeign = 0;
            var examples = new List<string>();
            foreach ((string sql, bool otherEngineOnly) in SqlLogicTestScript.ReadSql(File.ReadAllText(file)))
            {
                if (!seen.Add(sql))
                {
                    continue;
                }
                fileDistinct++;
                Statement statement;
                try
                {
                    statement = SqlParser.ParseStatement(sql);
                }
                catch (SqlParseException e)
                {
                    if (otherEngineOnly)
                    {
                        fileForeign++;
                        continue;
                    }
                    fileFailed++;
                    string key = e.Message.Length > 60 ? e.Message[..60] : e.Message;
                    messages[key] = messages.GetValueOrDefault(key) + 1;
                    if (examples.Count < 3)
                    {
                        examples.Add($"    {e.PositionedMessage} :: {Shorten(sql)}");
                    }
                    continue;
                }
                string formatted = SqlFormatter.Format(statement);
                try
                {
                    Statement reparsed = SqlParser.ParseStatement(formatted);
                    if (!statement.Equals(reparsed))
                    {
                        roundTripFailures.Add($"changed: {sql}\n=> {formatted}");
                    }
                }
                catch (SqlParseException e)
                {
                    roundTripFailures.Add($"{e.PositionedMessage}: {sql}\n=> {formatted}");
                }
            }
            total += fileDistinct;
            unparseable += fileFailed;
            foreign += fileForeign;
            report.AppendLine($"{Path.GetRelativePath(root, file)}: {fileDistinct} distinct, {fileFailed} not parseable, {fileForeign} more in onlyif-other-engine records");
            foreach (string example in examples)
            {
                report.AppendLine(example);
            }
        }
        report.AppendLine($"total: {total} distinct statements, {unparseable} not parseable (+{foreign} in onlyif-other-engine records), {roundTripFailures.Count} round-trip failures");
        foreach ((string message, int count) in messages.OrderByDescending(p => p.Value).Take(15))
        {
            report.AppendLine($"  {count,6} × {message}");
        }
        output.WriteLine(report.ToString());
        Assert.True(roundTripFailures.Count == 0, string.Join("\n\n", roundTripFailures.Take(10)));
        Assert.True(total > 50_000, $"only {total} statements were read from the corpus");
        Assert.True(unparseable <= MaxUnparseable, $"{unparseable} statements could not be parsed (at most {MaxUnparseable} expected)");
        Assert.True(foreign <= MaxUnparseableOtherEngine, $"{foreign} other-engine statements could not be parsed (at most {MaxUnparseableOtherEngine} expected)");
    }

    private static string Shorten(string sql)
    {
        string flat = sql.Replace('\n', ' ');
        return flat.Length > 120 ? flat[..120] + "…" : flat;
    }
}
