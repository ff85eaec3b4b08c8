using System.Text;

namespace Manifold.SqlLogicTest;

/// <summary>Writes new expectations into a script in place (see <see cref="SqlLogicRunnerOptions.RewriteResults"/>).</summary>
/// <remarks>Only the rewritten parts change: a query's lines after <c>----</c> (a <c>----</c> is added when the record had
/// none; comment lines inside the replaced block are dropped), or the error name on a record's header line. Everything
/// else, including comments and line ends, stays as it was.</remarks>
public static class SqlLogicRewriter
{
    /// <summary>Applies <paramref name="rewrites"/> to the script at <paramref name="path"/> (UTF-8).</summary>
    public static void RewriteFile(string path, IReadOnlyList<PendingRewrite> rewrites)
    {
        string text = File.ReadAllText(path, Encoding.UTF8);
        string rewritten = Rewrite(text, rewrites);
        if (!string.Equals(text, rewritten, StringComparison.Ordinal))
        {
            File.WriteAllText(path, rewritten, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    /// <summary>Returns <paramref name="text"/> with <paramref name="rewrites"/> applied.</summary>
    public static string Rewrite(string text, IReadOnlyList<PendingRewrite> rewrites)
    {
        string newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = new List<string>(text.Split('\n'));
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].EndsWith('\r'))
            {
                lines[i] = lines[i][..^1];
            }
        }
        // Bottom up, so that earlier records keep their line numbers.
        foreach (PendingRewrite rewrite in rewrites.OrderByDescending(r => r.Line))
        {
            int start = rewrite.Line - 1;
            if (start < 0 || start >= lines.Count)
            {
                continue;
            }
            int end = start;
            while (end < lines.Count && !string.IsNullOrWhiteSpace(lines[end]))
            {
                end++;
            }
            int header = start;
            while (header < end && (IsComment(lines[header]) || IsCondition(lines[header])))
            {
                header++;
            }
            if (header >= end)
            {
                continue;
            }
            if (rewrite.ErrorName is { } errorName)
            {
                string[] tokens = lines[header].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (tokens.Length >= 2 && tokens[1] == "error")
                {
                    lines[header] = $"{tokens[0]} error {errorName}";
                }
            }
            if (rewrite.ExpectedLines is { } expected)
            {
                int separator = lines.FindIndex(header + 1, end - header - 1, line => line == SqlLogicParser.ResultSeparator);
                if (separator < 0)
                {
                    if (expected.Count == 0)
                    {
                        continue;
                    }
                    lines.InsertRange(end, [SqlLogicParser.ResultSeparator, .. expected]);
                }
                else
                {
                    lines.RemoveRange(separator + 1, end - separator - 1);
                    lines.InsertRange(separator + 1, expected);
                }
            }
        }
        return string.Join(newLine, lines);
    }

    private static bool IsComment(string line) => line.Length > 0 && line[0] == '#';

    private static bool IsCondition(string line)
    {
        string trimmed = line.TrimStart();
        return trimmed.StartsWith("skipif ", StringComparison.Ordinal) || trimmed.StartsWith("onlyif ", StringComparison.Ordinal);
    }
}
