using System.Text;
using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>The MARKDOWN format: a pipe table, numbers right-aligned (<c>--:</c>), Markdown punctuation escaped with a
/// backslash and line breaks written as <c>&lt;br&gt;</c>.</summary>
internal sealed class MarkdownTablePrinter(IReadOnlyList<ResultColumn> columns, TextWriter writer) : BufferedRowPrinter(columns)
{
    private bool _headerPrinted;

    protected override string FormatValue(IResultBatch batch, int column, int row)
        => Escape(TextValues.Display(batch, Columns[column], column, row));

    protected override void PrintRows(IReadOnlyList<string[]> rows, bool complete)
    {
        int columnCount = Columns.Count;
        var widths = new int[columnCount];
        for (int c = 0; c < columnCount; c++)
        {
            widths[c] = Math.Max(1, DisplayWidth.Of(Columns[c].Name));
        }
        foreach (string[] row in rows)
        {
            for (int c = 0; c < columnCount; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(row[c]));
            }
        }
        if (!_headerPrinted)
        {
            _headerPrinted = true;
            for (int c = 0; c < columnCount; c++)
            {
                writer.Write('|');
                WriteAligned(Columns[c].Name, widths[c], Columns[c].IsNumeric);
            }
            writer.Write("|\n");
            for (int c = 0; c < columnCount; c++)
            {
                writer.Write("| ");
                writer.Write(new string('-', widths[c]));
                writer.Write(Columns[c].IsNumeric ? ':' : ' ');
            }
            writer.Write("|\n");
        }
        foreach (string[] row in rows)
        {
            for (int c = 0; c < columnCount; c++)
            {
                writer.Write('|');
                WriteAligned(row[c], widths[c], Columns[c].IsNumeric);
            }
            writer.Write("|\n");
        }
    }

    protected override void PrintFooter()
    {
    }

    private void WriteAligned(string value, int width, bool right)
    {
        string padding = new(' ', width - DisplayWidth.Of(value) + 1);
        if (right)
        {
            writer.Write(padding);
            writer.Write(value);
            writer.Write(' ');
        }
        else
        {
            writer.Write(' ');
            writer.Write(value);
            writer.Write(padding);
        }
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '!' or '|':
                    builder.Append('\\').Append(c);
                    break;
                case '\n':
                    builder.Append("<br>");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
