using System.Text;

namespace Manifold.Cli.Sql;

/// <summary>Prints a failed statement like the Trino CLI: the message with the query id, the failing line of the
/// statement with a caret under the failing column, and the error name.</summary>
/// <example>
/// <code>
/// Query failed (#20250101_120000_00001_manifold): line 1:8: Column 'x' cannot be resolved
/// LINE 1: SELECT x FROM nation
///                ^
/// Error: COLUMN_NOT_FOUND
/// </code>
/// </example>
internal static class ErrorRenderer
{
    /// <summary>Writes the report of <paramref name="error"/>, raised by <paramref name="sql"/>, to <paramref name="writer"/>.</summary>
    public static void Render(TextWriter writer, string sql, QueryError error)
    {
        writer.Write($"Query failed (#{error.QueryId}): {error.Message}\n");
        if (error.Line is { } line && error.Column is { } column)
        {
            string[] lines = sql.Split('\n');
            if (line >= 1 && line <= lines.Length)
            {
                string text = lines[line - 1].TrimEnd('\r');
                string prefix = $"LINE {line}: ";
                var caret = new StringBuilder(prefix.Length + column);
                caret.Append(' ', prefix.Length);
                // Keep tabs as tabs so the caret lines up however wide the terminal draws them.
                int before = Math.Min(Math.Max(column - 1, 0), text.Length);
                for (int i = 0; i < before; i++)
                {
                    caret.Append(text[i] == '\t' ? '\t' : ' ');
                }
                caret.Append(' ', Math.Max(0, column - 1 - before));
                caret.Append('^');
                writer.Write(prefix + text + "\n");
                writer.Write(caret.Append('\n').ToString());
            }
        }
        writer.Write($"Error: {error.ErrorName}\n");
    }
}
