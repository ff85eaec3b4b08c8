using System.Globalization;
using System.Text;

namespace Manifold.SqlLogicTest;

/// <summary>Splits a sqllogictest script into records.</summary>
/// <remarks>
/// Rules (see the corpus README): one trailing <c>\r</c> is removed from every line; a line that is empty or only
/// whitespace is blank; a line starting with <c>#</c> is a comment and is dropped before anything else, so it never
/// separates records; a record is a maximal run of non-blank lines; only the first four whitespace-separated tokens of
/// a record's first line matter.
/// </remarks>
public static class SqlLogicParser
{
    /// <summary>The line that separates a query from its expected output.</summary>
    public const string ResultSeparator = "----";

    /// <summary>Reads and parses the script at <paramref name="path"/> (UTF-8).</summary>
    public static IReadOnlyList<SqlLogicRecord> ParseFile(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Parses a whole script.</summary>
    public static IReadOnlyList<SqlLogicRecord> Parse(string text)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length > 0 && line[^1] == '\r')
            {
                lines[i] = line[..^1];
            }
        }

        var records = new List<SqlLogicRecord>();
        var body = new List<string>();
        int index = 0;
        while (true)
        {
            while (index < lines.Length && (IsBlank(lines[index]) || IsComment(lines[index])))
            {
                index++;
            }
            if (index >= lines.Length)
            {
                break;
            }
            int firstLine = index + 1;
            body.Clear();
            while (index < lines.Length && !IsBlank(lines[index]))
            {
                if (!IsComment(lines[index]))
                {
                    body.Add(lines[index]);
                }
                index++;
            }
            SqlLogicRecord? record = ParseRecord(firstLine, body);
            if (record is not null)
            {
                records.Add(record);
            }
        }
        return records;
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    private static bool IsComment(string line) => line.Length > 0 && line[0] == '#';

    private static string[] Tokens(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static SqlLogicRecord? ParseRecord(int firstLine, List<string> body)
    {
        var conditions = new List<RecordCondition>();
        int head = 0;
        string[] tokens = [];
        for (; head < body.Count; head++)
        {
            tokens = Tokens(body[head]);
            bool isSkipIf = tokens[0] == "skipif";
            if (!isSkipIf && tokens[0] != "onlyif")
            {
                break;
            }
            if (tokens.Length < 2)
            {
                return new MalformedRecord(firstLine, conditions, body[head], $"'{tokens[0]}' names no engine");
            }
            conditions.Add(new RecordCondition(!isSkipIf, tokens[1]));
        }
        if (head == body.Count)
        {
            return null;    // conditions with nothing after them: ignored, like the reference runner
        }

        string text = body[head];
        switch (tokens[0])
        {
            case "statement":
                {
                    string? mode = tokens.Length > 1 ? tokens[1] : null;
                    if (mode != "ok" && mode != "error")
                    {
                        return new MalformedRecord(firstLine, conditions, text, "statement must be 'statement ok' or 'statement error'");
                    }
                    string? errorName = mode == "error" && tokens.Length > 2 ? tokens[2] : null;
                    return new StatementRecord(firstLine, conditions, mode == "error", JoinLines(body, head + 1, body.Count), errorName);
                }
            case "query":
                return ParseQuery(firstLine, conditions, body, head, tokens);
            case "hash-threshold":
                if (tokens.Length < 2 || !int.TryParse(tokens[1], NumberStyles.None, CultureInfo.InvariantCulture, out int threshold))
                {
                    return new MalformedRecord(firstLine, conditions, text, "hash-threshold needs a non-negative integer");
                }
                return new HashThresholdRecord(firstLine, conditions, threshold);
            case "halt":
                return new HaltRecord(firstLine, conditions);
            default:
                return new MalformedRecord(firstLine, conditions, text, $"unknown record kind '{tokens[0]}'");
        }
    }

    private static SqlLogicRecord ParseQuery(int firstLine, List<RecordCondition> conditions, List<string> body, int head, string[] tokens)
    {
        string text = body[head];
        if (tokens.Length < 2)
        {
            return new MalformedRecord(firstLine, conditions, text, "query needs its column type letters");
        }
        string types = tokens[1];
        if (types == "error")
        {
            return new QueryErrorRecord(firstLine, conditions, JoinLines(body, head + 1, body.Count), tokens.Length > 2 ? tokens[2] : null);
        }
        foreach (char letter in types)
        {
            if (letter != 'T' && letter != 'I' && letter != 'R')
            {
                return new MalformedRecord(firstLine, conditions, text, $"unknown column type letter '{letter}'");
            }
        }
        SortMode sort = SortMode.NoSort;
        if (tokens.Length > 2)
        {
            switch (tokens[2])
            {
                case "nosort": sort = SortMode.NoSort; break;
                case "rowsort": sort = SortMode.RowSort; break;
                case "valuesort": sort = SortMode.ValueSort; break;
                default:
                    return new MalformedRecord(firstLine, conditions, text, $"unknown sort mode '{tokens[2]}'");
            }
        }
        string? label = tokens.Length > 3 ? tokens[3] : null;

        int separator = body.IndexOf(ResultSeparator, head + 1);
        string sql;
        string[] expected;
        if (separator < 0)
        {
            sql = JoinLines(body, head + 1, body.Count);
            expected = [];
        }
        else
        {
            sql = JoinLines(body, head + 1, separator);
            expected = body.GetRange(separator + 1, body.Count - separator - 1).ToArray();
        }
        return new QueryRecord(firstLine, conditions, types, sort, label, sql, expected);
    }

    private static string JoinLines(List<string> lines, int start, int end)
        => start >= end ? "" : string.Join('\n', lines.GetRange(start, end - start));
}
