using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Cuts a table into contiguous unit ranges (rows; parts for partsupp; orders for lineitem) of nearly equal size.</summary>
/// <remarks>Returns the hinted number of splits (or <c>tpch.splits-per-node</c>), but never splits of fewer than
/// <see cref="MinUnitsPerSplit"/> units' worth of rows, so nation, region and the small tables at <c>tiny</c> come as one
/// split.</remarks>
internal sealed class TpchSplitManager(TpchConfig config) : IConnectorSplitManager
{
    /// <summary>Rows below which a table is not divided further (one full page).</summary>
    public const int MinRowsPerSplit = 2048;

    public ValueTask<IReadOnlyList<ConnectorSplit>> GetSplitsAsync(
        ConnectorSession session, ConnectorTableHandle table, int desiredSplitCount, CancellationToken cancellationToken)
    {
        var handle = (TpchTableHandle)table;
        var scale = TpchScale.Create(handle.ScaleFactor);
        long units = scale.UnitCount(handle.Table);
        long count = Math.Max(1, config.SplitsPerNode ?? desiredSplitCount);
        count = Math.Min(count, Math.Max(1, units / MinUnitsPerSplit(handle.Table)));
        var splits = new ConnectorSplit[count];
        long start = 0;
        for (long i = 0; i < count; i++)
        {
            long end = (long)((Int128)units * (i + 1) / count);
            splits[i] = new TpchSplit(handle.Table, handle.ScaleFactor, start, end);
            start = end;
        }
        return ValueTask.FromResult<IReadOnlyList<ConnectorSplit>>(splits);
    }

    /// <summary>The smallest split in units: a page's worth of rows (partsupp has 4 rows per part, lineitem about 4 per order).</summary>
    public static long MinUnitsPerSplit(TpchTable table)
        => table is TpchTable.PartSupp or TpchTable.LineItem ? MinRowsPerSplit / 4 : MinRowsPerSplit;
}
