using Manifold.Spi.Connectors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>Reads a system table's rows into pages of the requested columns, keeping only the rows the pushed-down
/// constraint allows.</summary>
internal sealed class SystemPageSource(ISystemTable table, SystemTableConstraint constraint, int[] columnIndexes, ConnectorSession session)
    : IConnectorPageSource
{
    private IAsyncEnumerator<object?[]>? _rows;
    private bool _done;

    public async ValueTask<Page?> GetNextPageAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return null;
        }
        cancellationToken.ThrowIfCancellationRequested();
        _rows ??= table.GetRowsAsync(session, constraint, session.CancellationToken).GetAsyncEnumerator(session.CancellationToken);
        IReadOnlyList<ColumnMetadata> columns = table.Columns;
        var builders = new VectorBuilder[columnIndexes.Length];
        for (int c = 0; c < builders.Length; c++)
        {
            builders[c] = VectorBuilder.Create(columns[columnIndexes[c]].Type, 16);
        }
        int rowCount = 0;
        while (rowCount < Page.DefaultMaxRowCount)
        {
            if (!await _rows.MoveNextAsync().ConfigureAwait(false))
            {
                _done = true;
                await DisposeRowsAsync().ConfigureAwait(false);
                break;
            }
            object?[] row = _rows.Current;
            if (row.Length != columns.Count)
            {
                throw new InvalidOperationException($"System table {table.Name} produced a row of {row.Length} values for {columns.Count} columns");
            }
            if (!constraint.Matches(columns, row))
            {
                continue;
            }
            for (int c = 0; c < builders.Length; c++)
            {
                builders[c].AppendObject(row[columnIndexes[c]]);
            }
            rowCount++;
        }
        if (rowCount == 0 && _done)
        {
            return null;
        }
        var vectors = new Vector[builders.Length];
        for (int c = 0; c < vectors.Length; c++)
        {
            vectors[c] = builders[c].Build();
        }
        return new Page(rowCount, vectors);
    }

    public void Dispose()
    {
        ValueTask disposal = DisposeRowsAsync();
        if (!disposal.IsCompleted)
        {
            disposal.AsTask().GetAwaiter().GetResult();
        }
    }

    private ValueTask DisposeRowsAsync()
    {
        IAsyncEnumerator<object?[]>? rows = _rows;
        _rows = null;
        return rows?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
