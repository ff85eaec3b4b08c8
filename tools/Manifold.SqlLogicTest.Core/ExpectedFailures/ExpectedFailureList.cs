using System.Globalization;
using System.Text;

namespace Manifold.SqlLogicTest;

/// <summary>Records known to fail, so that a run can tell new failures from known ones.</summary>
/// <remarks>
/// File format: UTF-8 text, one entry per line, <c>&lt;relative file path&gt;:&lt;line&gt;\t&lt;class&gt;\t&lt;short reason&gt;</c>,
/// where the line is the record's first line (its first condition, if any) and the class is one of
/// <c>division_by_zero</c>, <c>integer_overflow</c>, <c>type_affinity</c>, <c>null_ordering</c>,
/// <c>sqlite_only_statement</c>, <c>group_by_strictness</c>, <c>other</c> (see <see cref="FailureClass"/>). The reason
/// may be empty. Blank lines and lines starting with <c>#</c> are ignored. A path names a script when it equals the
/// script's display path or is a trailing part of its full path (<see cref="SqlLogicFile.IsNamedBy"/>).
/// </remarks>
public sealed class ExpectedFailureList
{
    private const int MaxReasonLength = 160;

    private ExpectedFailureList(IReadOnlyList<ExpectedFailure> entries)
    {
        Entries = entries;
    }

    /// <summary>A list that expects nothing to fail.</summary>
    public static ExpectedFailureList Empty { get; } = new([]);

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<ExpectedFailure> Entries { get; }

    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">A line is malformed (the message names it).</exception>
    public static ExpectedFailureList Load(string path) => Parse(File.ReadAllText(path, Encoding.UTF8), path);

    /// <summary>Parses the text of a list; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">A line is malformed (the message names it).</exception>
    public static ExpectedFailureList Parse(string text, string source = "expected failures")
    {
        var entries = new List<ExpectedFailure>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            string[] fields = line.Split('\t', 3);
            string location = fields[0].Trim();
            int colon = location.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(location.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int recordLine))
            {
                throw new FormatException($"{source}:{i + 1}: expected '<file>:<line>' before the first tab, got '{location}'");
            }
            if (fields.Length < 2 || !FailureClassNames.TryParse(fields[1].Trim(), out FailureClass failureClass))
            {
                string got = fields.Length < 2 ? "nothing" : $"'{fields[1].Trim()}'";
                throw new FormatException($"{source}:{i + 1}: expected a failure class after the first tab, got {got}");
            }
            string reason = fields.Length > 2 ? fields[2].Trim() : "";
            entries.Add(new ExpectedFailure(location[..colon], recordLine, failureClass, reason));
        }
        return new ExpectedFailureList(entries);
    }

    /// <summary>Sorts a run's failures into expected and unexpected, and finds the listed records that now pass.</summary>
    public ExpectedFailureReport Compare(IReadOnlyList<FileResult> results)
    {
        var unexpectedFailures = new List<RecordFailure>();
        var expectedFailures = new List<RecordFailure>();
        var unexpectedPasses = new List<ExpectedFailure>();
        foreach (FileResult result in results)
        {
            Dictionary<int, ExpectedFailure> listed = EntriesFor(result.File);
            foreach (RecordFailure failure in result.Failures)
            {
                (listed.ContainsKey(failure.Line) ? expectedFailures : unexpectedFailures).Add(failure);
            }
            foreach (ExpectedFailure entry in listed.Values)
            {
                if (result.PassedLines.Contains(entry.Line))
                {
                    unexpectedPasses.Add(entry);
                }
            }
        }
        unexpectedPasses.Sort(CompareEntries);
        return new ExpectedFailureReport(unexpectedFailures, unexpectedPasses, expectedFailures);
    }

    /// <summary>Builds the list that expects exactly the failures of <paramref name="results"/>. An entry of
    /// <paramref name="previous"/> that still fails keeps its path spelling, class and reason; one whose record passed is
    /// dropped; one whose record was not run (file not run, record skipped or not reached) is kept. New failures are
    /// classified by <see cref="FailureClassifier"/>, with their kind and message as the reason.</summary>
    public static ExpectedFailureList FromResults(IReadOnlyList<FileResult> results, ExpectedFailureList? previous = null)
    {
        previous ??= Empty;
        var entries = new List<ExpectedFailure>();
        var observed = new HashSet<ExpectedFailure>(ReferenceEqualityComparer.Instance);
        foreach (FileResult result in results)
        {
            Dictionary<int, ExpectedFailure> listed = previous.EntriesFor(result.File);
            var seenLines = new HashSet<int>();
            foreach (RecordFailure failure in result.Failures)
            {
                if (!seenLines.Add(failure.Line))
                {
                    continue;
                }
                if (listed.TryGetValue(failure.Line, out ExpectedFailure? known))
                {
                    entries.Add(known);
                    observed.Add(known);
                }
                else
                {
                    entries.Add(new ExpectedFailure(result.File.RelativePath, failure.Line, FailureClassifier.Classify(failure), Reason(failure)));
                }
            }
            foreach (ExpectedFailure entry in listed.Values)
            {
                if (result.PassedLines.Contains(entry.Line))
                {
                    observed.Add(entry);
                }
            }
        }
        foreach (ExpectedFailure entry in previous.Entries)
        {
            if (!observed.Contains(entry))
            {
                entries.Add(entry);
            }
        }
        entries.Sort(CompareEntries);
        return new ExpectedFailureList(entries);
    }

    /// <summary>The list as file text, with a header that documents the format and the classes.</summary>
    public string Format()
    {
        var builder = new StringBuilder();
        builder.Append("# sqllogictest expected failures: <file>:<line>\\t<class>\\t<short reason>\n");
        builder.Append("# <line> is the record's first line. Classes:\n");
        builder.Append("#   division_by_zero       SQLite returns NULL, Trino raises DIVISION_BY_ZERO\n");
        builder.Append("#   integer_overflow       SQLite switches to floating point, Trino raises NUMERIC_VALUE_OUT_OF_RANGE\n");
        builder.Append("#   type_affinity          SQLite's implicit text/number conversions, which Trino rejects\n");
        builder.Append("#   null_ordering          ORDER BY without NULLS FIRST/LAST: SQLite puts NULL first, Trino last\n");
        builder.Append("#   sqlite_only_statement  CREATE TRIGGER, REINDEX, REPLACE INTO, CREATE TEMP VIEW... and what depends on them\n");
        builder.Append("#   group_by_strictness    a non-aggregated column missing from GROUP BY, which Trino rejects\n");
        builder.Append("#   other                  anything else: say why in the reason\n");
        foreach (ExpectedFailure entry in Entries)
        {
            builder.Append(entry.ToString()).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Writes <see cref="Format"/> to <paramref name="path"/>.</summary>
    public void Save(string path) => File.WriteAllText(path, Format(), new UTF8Encoding(false));

    private Dictionary<int, ExpectedFailure> EntriesFor(SqlLogicFile file)
    {
        var listed = new Dictionary<int, ExpectedFailure>();
        foreach (ExpectedFailure entry in Entries)
        {
            if (file.IsNamedBy(entry.File))
            {
                listed.TryAdd(entry.Line, entry);
            }
        }
        return listed;
    }

    private static string Reason(RecordFailure failure)
    {
        string reason = failure.Kind + ": " + failure.Message;
        reason = reason.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength] + "…";
    }

    private static int CompareEntries(ExpectedFailure left, ExpectedFailure right)
    {
        int order = string.CompareOrdinal(left.File, right.File);
        return order != 0 ? order : left.Line.CompareTo(right.Line);
    }
}
