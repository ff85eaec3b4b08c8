using System.Text;
using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>The CSV formats, written as the Trino CLI's opencsv writer does: comma-separated, <c>\n</c> line ends, every
/// field in double quotes (unless unquoted), a double quote inside a field doubled, null as an empty field.</summary>
internal sealed class CsvPrinter : IOutputPrinter
{
    private readonly IReadOnlyList<ResultColumn> _columns;
    private readonly TextWriter _writer;
    private readonly bool _quote;
    private readonly StringBuilder _line = new();
    private bool _needHeader;

    public CsvPrinter(IReadOnlyList<ResultColumn> columns, TextWriter writer, bool header, bool quote)
    {
        _columns = columns;
        _writer = writer;
        _needHeader = header;
        _quote = quote;
    }

    public void PrintBatch(IResultBatch batch)
    {
        PrintHeader();
        for (int row = 0; row < batch.RowCount; row++)
        {
            _line.Clear();
            for (int c = 0; c < _columns.Count; c++)
            {
                AppendField(c, TextValues.Field(batch, c, row));
            }
            _line.Append('\n');
            _writer.Write(_line);
        }
    }

    public void Finish() => PrintHeader();

    private void PrintHeader()
    {
        if (!_needHeader)
        {
            return;
        }
        _needHeader = false;
        _line.Clear();
        for (int c = 0; c < _columns.Count; c++)
        {
            AppendField(c, _columns[c].Name);
        }
        _line.Append('\n');
        _writer.Write(_line);
    }

    private void AppendField(int column, string value)
    {
        if (column > 0)
        {
            _line.Append(',');
        }
        if (_quote)
        {
            _line.Append('"');
        }
        foreach (char c in value)
        {
            if (c == '"')
            {
                _line.Append('"');
            }
            _line.Append(c);
        }
        if (_quote)
        {
            _line.Append('"');
        }
    }
}
