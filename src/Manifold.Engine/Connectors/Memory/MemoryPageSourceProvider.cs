using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Opens a <see cref="MemoryPageSource"/> over a split's pages.</summary>
internal sealed class MemoryPageSourceProvider : IConnectorPageSourceProvider
{
    public IConnectorPageSource CreatePageSource(
        ConnectorSession session, ConnectorSplit split, ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns)
    {
        var ordinals = new int[columns.Count];
        var types = new SqlType[columns.Count];
        for (int i = 0; i < ordinals.Length; i++)
        {
            var column = (MemoryColumnHandle)columns[i];
            ordinals[i] = column.Ordinal;
            types[i] = column.Type;
        }
        return new MemoryPageSource((MemorySplit)split, ordinals, types);
    }
}
