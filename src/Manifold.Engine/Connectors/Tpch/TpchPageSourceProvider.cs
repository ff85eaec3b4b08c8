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
        Span<int> ordinals = columns.Count <= 64 ? stackalloc int[columns.Count] : new int[columns.Count];
        for (int i = 0; i < ordinals.Length; i++)
        {
            ordinals[i] = ((TpchColumnHandle)columns[i]).Ordinal;
        }
        TpchGenerator generator = TpchGenerator.Create(
            handle.Table, TpchScale.Create(handle.ScaleFactor), config.DoubleTypeMapping, ordinals, tpchSplit.StartUnit, tpchSplit.EndUnit);
        return new TpchPageSource(generator, config.MaxRowsPerPage);
    }
}
