using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Manifold.SqlLogicTest;

/// <summary>Turns a query's rows into the value lines sqllogictest compares: render, sort, hash.</summary>
public static class ResultFormatter
{
    private const string HashingMarker = " values hashing to ";

    /// <summary>Renders every cell, row by row. Cells beyond the type letters are ignored (the caller checks the
    /// column count first); a missing cell renders as NULL.</summary>
    public static List<string> Render(IReadOnlyList<object?[]> rows, string columnTypes) => Render(rows, columnTypes, multiline: false);

    /// <summary>As <see cref="Render(IReadOnlyList{object?[]}, string)"/>; with <paramref name="multiline"/>, a text value
    /// of a <c>T</c> column that holds line breaks is rendered line by line and its lines joined with <c>\n</c>, for
    /// <see cref="SplitLines"/> to spread over several expected lines once the values are sorted.</summary>
    public static List<string> Render(IReadOnlyList<object?[]> rows, string columnTypes, bool multiline)
    {
        var values = new List<string>(rows.Count * columnTypes.Length);
        for (int row = 0; row < rows.Count; row++)
        {
            object?[] cells = rows[row];
            for (int column = 0; column < columnTypes.Length; column++)
            {
                object? cell = column < cells.Length ? cells[column] : null;
                if (multiline && columnTypes[column] == 'T' && cell is string text && text.Contains('\n', StringComparison.Ordinal))
                {
                    string[] lines = text.Split('\n');
                    for (int i = 0; i < lines.Length; i++)
                    {
                        lines[i] = ValueRenderer.RenderText(lines[i].TrimEnd('\r'));
                    }
                    values.Add(string.Join('\n', lines));
                    continue;
                }
                values.Add(ValueRenderer.Render(cell, columnTypes[column]));
            }
        }
        return values;
    }

    /// <summary>Replaces every value that holds <c>\n</c> (see <see cref="Render(IReadOnlyList{object?[]}, string, bool)"/>)
    /// by its lines, in place.</summary>
    public static void SplitLines(List<string> values)
    {
        for (int i = values.Count - 1; i >= 0; i--)
        {
            if (values[i].Contains('\n', StringComparison.Ordinal))
            {
                string[] lines = values[i].Split('\n');
                values.RemoveAt(i);
                values.InsertRange(i, lines);
            }
        }
    }

    /// <summary>The prefix of an expected line that holds a regular expression instead of a value.</summary>
    public const string PatternPrefix = "<REGEX>:";

    /// <summary>True when an expected line is a pattern (<c>&lt;REGEX&gt;:…</c>).</summary>
    public static bool IsPattern(string expectedLine) => expectedLine.StartsWith(PatternPrefix, StringComparison.Ordinal);

    /// <summary>True when an actual line matches an expected one: equal, or, for an expected <c>&lt;REGEX&gt;:pattern</c>
    /// line, matched as a whole by the .NET regular expression <c>pattern</c> (for timings in EXPLAIN ANALYZE).</summary>
    public static bool LineMatches(string expectedLine, string actualLine)
    {
        if (string.Equals(expectedLine, actualLine, StringComparison.Ordinal))
        {
            return true;
        }
        if (!IsPattern(expectedLine))
        {
            return false;
        }
        string pattern = "^(?:" + expectedLine[PatternPrefix.Length..] + ")$";
        return System.Text.RegularExpressions.Regex.IsMatch(actualLine, pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(5));
    }

    /// <summary>Sorts rendered values in place. <see cref="SortMode.RowSort"/> orders rows of
    /// <paramref name="columnCount"/> values by comparing them value by value as byte strings (C <c>strcmp</c>);
    /// <see cref="SortMode.ValueSort"/> orders every value on its own.</summary>
    public static void Sort(List<string> values, int columnCount, SortMode sort)
    {
        switch (sort)
        {
            case SortMode.NoSort:
                break;
            case SortMode.ValueSort:
                values.Sort(CompareBytes);
                break;
            case SortMode.RowSort:
                if (columnCount <= 0 || values.Count <= columnCount)
                {
                    break;
                }
                int rowCount = values.Count / columnCount;
                var rows = new string[rowCount][];
                for (int row = 0; row < rowCount; row++)
                {
                    rows[row] = values.GetRange(row * columnCount, columnCount).ToArray();
                }
                Array.Sort(rows, CompareRows);
                values.Clear();
                for (int row = 0; row < rowCount; row++)
                {
                    values.AddRange(rows[row]);
                }
                break;
        }
    }

    /// <summary>The lowercase hex MD5 of every value followed by <c>\n</c>: values 1, 2 hash MD5("1\n2\n").</summary>
    public static string Hash(IReadOnlyList<string> values)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        byte[] buffer = [];
        for (int i = 0; i < values.Count; i++)
        {
            string value = values[i];
            int needed = Encoding.UTF8.GetMaxByteCount(value.Length) + 1;
            if (buffer.Length < needed)
            {
                buffer = new byte[Math.Max(needed, 256)];
            }
            int length = Encoding.UTF8.GetBytes(value, buffer);
            buffer[length] = (byte)'\n';
            md5.AppendData(buffer, 0, length + 1);
        }
        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    /// <summary>The line that stands for <paramref name="valueCount"/> values with hash <paramref name="hash"/>.</summary>
    public static string HashLine(int valueCount, string hash)
        => valueCount.ToString(CultureInfo.InvariantCulture) + HashingMarker + hash;

    /// <summary>The hash an expected block stands for: the H of a single <c>N values hashing to H</c> line, else the
    /// hash of the listed values.</summary>
    public static string HashOfExpected(IReadOnlyList<string> expectedLines)
    {
        if (expectedLines.Count == 1 && TryParseHashLine(expectedLines[0], out _, out string? hash))
        {
            return hash;
        }
        return Hash(expectedLines);
    }

    /// <summary>Reads a <c>N values hashing to H</c> line.</summary>
    public static bool TryParseHashLine(string line, out int valueCount, out string hash)
    {
        valueCount = 0;
        hash = "";
        int marker = line.IndexOf(HashingMarker, StringComparison.Ordinal);
        if (marker <= 0 || !int.TryParse(line.AsSpan(0, marker), NumberStyles.None, CultureInfo.InvariantCulture, out valueCount))
        {
            return false;
        }
        hash = line[(marker + HashingMarker.Length)..].Trim();
        return hash.Length > 0;
    }

    private static int CompareBytes(string left, string right) => string.CompareOrdinal(left, right);

    private static int CompareRows(string[] left, string[] right)
    {
        for (int i = 0; i < left.Length; i++)
        {
            int order = string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }
        return 0;
    }
}
