using Manifold.Spi.Connectors;

namespace Manifold.Engine.Execution.Scheduling;

/// <summary>The splits of one table scan, fetched once and handed out to worker threads one at a time (morsels).</summary>
internal sealed class SplitQueue(IConnector connector, ConnectorSession session, ConnectorTableHandle table, int desiredSplitCount)
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
                _splits ??= await connector.SplitManager.GetSplitsAsync(session, table, desiredSplitCount, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }
        int index = Interlocked.Increment(ref _next);
        return index < _splits.Count ? _splits[index] : null;
    }
}
