using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>The ALIGNED format: a centered header, a <c>---+---</c> separator, numbers right-aligned and everything
/// else left-aligned, one space of padding, and a <c>(N rows)</c> footer. A value spanning several lines marks its
/// continuation with <c>+</c> in the padding.</summary>
internal sealed class AlignedTablePrinter(IReadOnlyList<ResultColumn> columns, TextWriter writer) : BufferedRowPrinter(columns)
{
    private bool _headerPrinted;
    private long _rowCount;

    protected override void PrintRows(IReadOnlyList<string[]> rows, bool complete)
    {
        _rowCount += rows.Count;
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
                widths[c] = Math.Max(widths[c], DisplayWidth.OfWidestLine(row[c]));
            }
        }

        if (!_headerPrinted)
        {
            _headerPrinted = true;
            for (int c = 0; c < columnCount; c++)
            {
                if (c > 0)
                {
                    writer.Write('|');
                }
                string name = Columns[c].Name;
                int width = DisplayWidth.Of(name);
                int left = (widths[c] - width) / 2;
                int right = widths[c] - (left + width);
                writer.Write(new string(' ', left + 1));
                writer.Write(name);
                writer.Write(new string(' ', right + 1));
            }
            writer.Write('\n');
            for (int c = 0; c < columnCount; c++)
            {
                if (c > 0)
                {
                    writer.Write('+');
                }
                writer.Write(new string('-', widths[c] + 2));
            }
            writer.Write('\n');
        }

        var lines = new string[columnCount][];
        foreach (string[] row in rows)
        {
            int lineCount = 1;
            for (int c = 0; c < columnCount; c++)
            {
                lines[c] = row[c].Split('\n');
                lineCount = Math.Max(lineCount, lines[c].Length);
            }
            for (int line = 0; line < lineCount; line++)
            {
                for (int c = 0; c < columnCount; c++)
                {
                    if (c > 0)
                    {
                        writer.Write('|');
                    }
                    string[] valueLines = lines[c];
                    string text = line < valueLines.Length ? valueLines[line] : "";
                    int padding = widths[c] - DisplayWidth.Of(text);
                    bool continues = (!complete || _rowCount > 1) && line + 1 < valueLines.Length;
                    if (Columns[c].IsNumeric)
                    {
                        writer.Write(new string(' ', padding + 1));
                        writer.Write(text);
                        writer.Write(continues ? '+' : ' ');
                    }
                    else
                    {
                        writer.Write(' ');
                        writer.Write(text);
                        writer.Write(new string(' ', padding));
                        writer.Write(continues ? '+' : ' ');
                    }
                }
                writer.Write('\n');
            }
        }
    }

    protected override void PrintFooter()
        => writer.Write(_rowCount == 1 ? "(1 row)\n" : $"({_rowCount} rows)\n");
}
