using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Splits a memory table's current version into about <c>desiredSplitCount</c> contiguous page ranges.</summary>
/// <remarks>All splits of one call share one version, so a scan sees the table as it was when its splits were made,
/// whatever is committed while it runs.</remarks>
internal sealed class MemorySplitManager(MemoryStore store) : IConnectorSplitManager
{
    public ValueTask<IReadOnlyList<ConnectorSplit>> GetSplitsAsync(
        ConnectorSession session, ConnectorTableHandle table, int desiredSplitCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var handle = (MemoryTableHandle)table;
        MemoryTableVersion version = store.GetTable(handle.TableId, handle.Name).Current;
        int pageCount = version.Pages.Length;
        int lastPageRows = pageCount == 0 ? 0 : version.Pages[pageCount - 1].RowCount;
        if (handle.Limit is { } limit)
        {
            // Only the pages holding the first `limit` rows, the last one cut short.
            long remaining = limit;
            pageCount = 0;
            while (pageCount < version.Pages.Length && remaining > 0)
            {
                int rows = version.Pages[pageCount].RowCount;
                lastPageRows = (int)Math.Min(rows, remaining);
                remaining -= lastPageRows;
                pageCount++;
            }
        }
        if (pageCount == 0)
        {
            return ValueTask.FromResult<IReadOnlyList<ConnectorSplit>>([]);
        }
        int splitCount = Math.Clamp(desiredSplitCount, 1, pageCount);
        var splits = new ConnectorSplit[splitCount];
        for (int i = 0; i < splitCount; i++)
        {
            int start = (int)((long)i * pageCount / splitCount);
            int end = (int)((long)(i + 1) * pageCount / splitCount);
            int lastRows = end == pageCount ? lastPageRows : version.Pages[end - 1].RowCount;
            splits[i] = new MemorySplit(version, start, end, lastRows);
        }
        return ValueTask.FromResult<IReadOnlyList<ConnectorSplit>>(splits);
    }
}
