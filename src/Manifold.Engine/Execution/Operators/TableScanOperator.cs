using Manifold.Engine.Execution.Scheduling;
using Manifold.Spi.Connectors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Reads splits from a shared queue until none are left; several workers share one queue. Counts splits and
/// rows in the query's progress.</summary>
internal sealed class TableScanOperator(
    SplitQueue splits, IConnector connector, ConnectorSession session, ConnectorTableHandle table,
    IReadOnlyList<ConnectorColumnHandle> columns, int pageSize, QueryProgress progress) : IOperator
{
    private IConnectorPageSource? _source;
    private long _sourceBytes;
    private Page? _pending;
    private int _pendingOffset;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_pending is not null)
            {
                // Connectors may return pages larger than the session's page size; split them.
                int length = Math.Min(pageSize, _pending.RowCount - _pendingOffset);
                Page slice = _pending.Slice(_pendingOffset, length);
                _pendingOffset += length;
                if (_pendingOffset >= _pending.RowCount)
                {
                    _pending = null;
                }
                return slice;
            }
            if (_source is null)
            {
                ConnectorSplit? split = await splits.TakeAsync(cancellationToken).ConfigureAwait(false);
                if (split is null)
                {
                    return null;
                }
                _source = connector.PageSourceProvider.CreatePageSource(session, split, table, columns);
                _sourceBytes = 0;
            }
            Page? page = await _source.GetNextPageAsync(cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                _source.Dispose();
                _source = null;
                progress.SplitCompleted();
                continue;
            }
            progress.Read(page.RowCount, BytesRead(page));
            if (page.RowCount <= pageSize)
            {
                return page;
            }
            _pending = page;
            _pendingOffset = 0;
        }
    }

    /// <summary>The bytes the connector says this page cost it to read, or the page's size in memory when the connector
    /// does not count bytes.</summary>
    private long BytesRead(Page page)
    {
        long completed = _source!.CompletedBytes;
        long delta = completed - _sourceBytes;
        _sourceBytes = completed;
        return delta > 0 ? delta : page.RetainedBytes;
    }

    public void Dispose() => _source?.Dispose();
}
