namespace Manifold.Bench.Tpch;

/// <summary>Reads an answer file of the shared corpus (<c>tpch/answers/sf0.01/qNN.csv</c>).</summary>
/// <remarks>Format (tpch/README.md, "Exact file format"): <c>\n</c> line ends, fields separated by <c>|</c>, no quoting,
/// line 1 holds the column names, NULL is an empty field. One trailing empty line is the file's end, so a single-column
/// row holding NULL is written as an empty line before it.</remarks>
public static class AnswerFile
{
    /// <summary>The data rows of <paramref name="path"/> (the header line is dropped).</summary>
    public static List<string[]> Read(string path, bool hasHeader = true)
    {
        string text = File.ReadAllText(path);
        var lines = new List<string>(text.Split('\n'));
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        if (hasHeader && lines.Count > 0)
        {
            lines.RemoveAt(0);
        }
        var rows = new List<string[]>(lines.Count);
        foreach (string line in lines)
        {
            rows.Add(line.Split('|'));
        }
        return rows;
    }

    /// <summary>Writes rows in the same format (NULL as an empty field), with an optional header line.</summary>
    public static void Write(string path, IReadOnlyList<string?[]> rows, IReadOnlyList<string>? header = null)
    {
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        if (header is not null)
        {
            writer.WriteLine(string.Join('|', header));
        }
        foreach (string?[] row in rows)
        {
            writer.WriteLine(string.Join('|', row));
        }
    }
}
