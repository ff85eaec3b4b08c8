namespace Manifold.Sql.Tests.Formatting;

/// <summary>Reads the SQL text of every statement and query record of a sqllogictest script (shared/sqllogictest/README.md).</summary>
internal static class SqlLogicTestScript
{
    /// <summary>The SQL of each record, and whether an <c>onlyif</c> line restricts the record to another engine.</summary>
    public static IEnumerable<(string Sql, bool OtherEngineOnly)> ReadSql(string script)
    {
        var record = new List<string>();
        foreach (string rawLine in script.Split('\n'))
        {
            string line = rawLine.EndsWith('\r') ? rawLine[..^1] : rawLine;
            if (line.StartsWith('#'))
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                if (ExtractSql(record) is string sql)
                {
                    yield return (sql, IsOtherEngineOnly(record));
                }
                record.Clear();
                continue;
            }
            record.Add(line);
        }
        if (ExtractSql(record) is string last)
        {
            yield return (last, IsOtherEngineOnly(record));
        }
    }

    private static bool IsOtherEngineOnly(List<string> record)
        => record.Any(line => line.StartsWith("onlyif ", StringComparison.Ordinal));

    private static string? ExtractSql(List<string> record)
    {
        int first = 0;
        while (first < record.Count && (record[first].StartsWith("skipif ", StringComparison.Ordinal) || record[first].StartsWith("onlyif ", StringComparison.Ordinal)))
        {
            first++;
        }
        if (first >= record.Count)
        {
            return null;
        }
        string head = record[first];
        if (head.StartsWith("statement ", StringComparison.Ordinal))
        {
            return string.Join('\n', record.Skip(first + 1));
        }
        if (head.StartsWith("query ", StringComparison.Ordinal))
        {
            var lines = new List<string>();
            for (int i = first + 1; i < record.Count && record[i] != "----"; i++)
            {
                lines.Add(record[i]);
            }
            return string.Join('\n', lines);
        }
        return null;
    }
}
