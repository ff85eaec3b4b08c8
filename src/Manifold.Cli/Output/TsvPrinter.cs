using System.Text;
using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>The TSV formats: tab-separated, <c>\n</c> line ends, null as an empty field, and NUL, backspace, form feed,
/// newline, carriage return, tab and backslash written as <c>\0 \b \f \n \r \t \\</c>.</summary>
internal sealed class TsvPrinter : IOutputPrinter
{
    private readonly IReadOnlyList<ResultColumn> _columns;
    private readonly TextWriter _writer;
    private readonly StringBuilder _line = new();
    private bool _needHeader;

    public TsvPrinter(IReadOnlyList<ResultColumn> columns, TextWriter writer, bool header)
    {
        _columns = columns;
        _writer = writer;
        _needHeader = header;
    }

    public void PrintBatch(IResultBatch batch)
    {
        PrintHeader();
        for (int row = 0; row < batch.RowCount; row++)
        {
            _line.Clear();
            for (int c = 0; c < _columns.Count; c++)
            {
                if (c > 0)
                {
                    _line.Append('\t');
                }
                AppendEscaped(TextValues.Field(batch, c, row));
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
            if (c > 0)
            {
                _line.Append('\t');
            }
            AppendEscaped(_columns[c].Name);
        }
        _line.Append('\n');
        _writer.Write(_line);
    }

    private void AppendEscaped(string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '\0': _line.Append("\\0"); break;
                case '\b': _line.Append("\\b"); break;
                case '\f': _line.Append("\\f"); break;
                case '\n': _line.Append("\\n"); break;
                case '\r': _line.Append("\\r"); break;
                case '\t': _line.Append("\\t"); break;
                case '\\': _line.Append("\\\\"); break;
                default: _line.Append(c); break;
            }
        }
    }
}
