using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>The VERTICAL format: each row as a <c>-[ RECORD n ]-</c> header line followed by one <c>name | value</c>
/// line per column (and per line of a multi-line value); <c>(no rows)</c> for an empty result.</summary>
internal sealed class VerticalRecordPrinter : BufferedRowPrinter
{
    private readonly TextWriter _writer;
    private readonly int _namesWidth;
    private long _rowCount;

    public VerticalRecordPrinter(IReadOnlyList<ResultColumn> columns, TextWriter writer)
        : base(columns)
    {
        _writer = writer;
        foreach (ResultColumn column in columns)
        {
            _namesWidth = Math.Max(_namesWidth, DisplayWidth.Of(column.Name));
        }
    }

    protected override void PrintRows(IReadOnlyList<string[]> rows, bool complete)
    {
        int valuesWidth = 0;
        foreach (string[] row in rows)
        {
            foreach (string value in row)
            {
                valuesWidth = Math.Max(valuesWidth, DisplayWidth.OfWidestLine(value));
            }
        }
        foreach (string[] row in rows)
        {
            _rowCount++;
            string header = "-[ RECORD " + _rowCount + " ]";
            if (_namesWidth + 1 >= header.Length)
            {
                header += new string('-', _namesWidth + 1 - header.Length) + "+";
            }
            header += new string('-', Math.Max(0, _namesWidth + valuesWidth + 3 - header.Length));
            _writer.Write(header);
            _writer.Write('\n');
            for (int c = 0; c < row.Length; c++)
            {
                string name = Columns[c].Name;
                foreach (string line in row[c].Split('\n'))
                {
                    _writer.Write(name);
                    _writer.Write(new string(' ', _namesWidth - DisplayWidth.Of(name)));
                    _writer.Write(" | ");
                    _writer.Write(line);
                    _writer.Write('\n');
                    name = new string(' ', DisplayWidth.Of(name));
                }
            }
        }
    }

    protected override void PrintFooter()
    {
        if (_rowCount == 0)
        {
            _writer.Write("(no rows)\n");
        }
    }
}
