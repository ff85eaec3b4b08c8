using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Opens a generator for a split.</summary>
internal sealed class TpchPageSourceProvider(TpchConfig config) : IConnectorPageSourceProvider
{
    public IConnectorPageSource CreatePageSource(
        ConnectorSession session, ConnectorSplit split, ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns)
    {
        var tpchSplit = (TpchSplit)split;
        var handle = (TpchTableHandle)table;
        if (tpchSplit.Table != handle.Table || tpchSplit.ScaleFactor != handle.ScaleFactor)
        {
            throw new ArgumentException($"Split {tpchSplit} does not belong to table {handle}", nameof(split));
        }
        int[] ordinals = new int[columns.Count];
        bool usesTextPool = false;
        TpchColumn[] tableColumns = TpchSchema.Columns(handle.Table);
        for (int i = 0; i < ordinals.Length; i++)
        {
            ordinals[i] = ((TpchColumnHandle)columns[i]).Ordinal;
            // Comments are slices of the text pool.
            usesTextPool |= ordinals[i] >= 0 && ordinals[i] < tableColumns.Length
                && tableColumns[ordinals[i]].StandardName.EndsWith("comment", StringComparison.Ordinal);
        }
        TpchScale scale = TpchScale.Create(handle.ScaleFactor);
        return new TpchPageSource(
            () => TpchGenerator.Create(handle.Table, scale, config.DoubleTypeMapping, ordinals, tpchSplit.StartUnit, tpchSplit.EndUnit),
            usesTextPool, config.MaxRowsPerPage);
    }
}
