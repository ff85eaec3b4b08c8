using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>Base of the table-like printers: copies rows as display text and prints them in chunks of at most
/// <see cref="MaxBufferedRows"/> rows, each laid out with its own column widths, as the Trino CLI does.</summary>
internal abstract class BufferedRowPrinter(IReadOnlyList<ResultColumn> columns) : IOutputPrinter
{
    /// <summary>Rows held before a chunk is printed.</summary>
    public const int MaxBufferedRows = 10_000;

    private List<string[]> _buffer = [];

    protected IReadOnlyList<ResultColumn> Columns { get; } = columns;

    public void PrintBatch(IResultBatch batch)
    {
        for (int row = 0; row < batch.RowCount; row++)
        {
            var values = new string[Columns.Count];
            for (int c = 0; c < values.Length; c++)
            {
                values[c] = FormatValue(batch, c, row);
            }
            _buffer.Add(values);
            if (_buffer.Count >= MaxBufferedRows)
            {
                PrintRows(_buffer, complete: false);
                _buffer = [];
            }
        }
    }

    public void Finish()
    {
        PrintRows(_buffer, complete: true);
        _buffer = [];
        PrintFooter();
    }

    /// <summary>The text kept for one value.</summary>
    protected virtual string FormatValue(IResultBatch batch, int column, int row) => TextValues.Display(batch, Columns[column], column, row);

    /// <summary>Prints a chunk; <paramref name="complete"/> is true for the last one.</summary>
    protected abstract void PrintRows(IReadOnlyList<string[]> rows, bool complete);

    /// <summary>Prints what follows the last chunk.</summary>
    protected abstract void PrintFooter();
}
