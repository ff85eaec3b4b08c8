using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>Opens a <see cref="SystemPageSource"/> over the table's rows.</summary>
internal sealed class SystemPageSourceProvider(SystemTableRegistry tables) : IConnectorPageSourceProvider
{
    public IConnectorPageSource CreatePageSource(
        ConnectorSession session, ConnectorSplit split, ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns)
    {
        var handle = (SystemTableHandle)table;
        var indexes = new int[columns.Count];
        for (int i = 0; i < indexes.Length; i++)
        {
            indexes[i] = ((SystemColumnHandle)columns[i]).Index;
        }
        return new SystemPageSource(tables.Get(handle.Name), handle.Constraint, indexes, session);
    }
}
