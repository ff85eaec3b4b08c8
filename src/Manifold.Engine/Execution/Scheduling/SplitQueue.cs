using Manifold.Spi.Connectors;

namespace Manifold.Engine.Execution.Scheduling;

/// <summary>The splits of one table scan, fetched once and handed out to worker threads one at a time (morsels); counted in
/// the query's <see cref="QueryProgress"/>.</summary>
internal sealed class SplitQueue(
    IConnector connector, ConnectorSession session, ConnectorTableHandle table, int desiredSplitCount, QueryProgress progress)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<ConnectorSplit>? _splits;
    private int _next = -1;

    /// <summary>The next split, or null when all were taken.</summary>
    public async ValueTask<ConnectorSplit?> TakeAsync(CancellationToken cancellationToken)
    {
        if (_splits is null)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_splits is null)
                {
                    IReadOnlyList<ConnectorSplit> splits = await connector.SplitManager.GetSplitsAsync(session, table, desiredSplitCount, cancellationToken).ConfigureAwait(false);
                    progress.SplitsListed(splits.Count);
                    _splits = splits;
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        int index = Interlocked.Increment(ref _next);
        if (index >= _splits.Count)
        {
            return null;
        }
        progress.SplitStarted();
        return _splits[index];
    }
}
