namespace Manifold.Cli.Sql;

/// <summary>Output format names as written on the command line (<c>CSV_HEADER</c>).</summary>
internal static class OutputFormats
{
    /// <summary>Every name, in <see cref="OutputFormat"/> order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["ALIGNED", "VERTICAL", "CSV", "CSV_HEADER", "CSV_UNQUOTED", "CSV_HEADER_UNQUOTED", "TSV", "TSV_HEADER", "JSON", "MARKDOWN", "NULL"];

    /// <summary>The format named <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryParse(string name, out OutputFormat format)
    {
        for (int i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = (OutputFormat)i;
                return true;
            }
        }
        format = default;
        return false;
    }

    /// <summary>The command-line name of <paramref name="format"/>.</summary>
    public static string Name(OutputFormat format) => Names[(int)format];
}
