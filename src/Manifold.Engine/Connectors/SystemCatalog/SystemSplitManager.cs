using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>One split per table: a system table produces its rows in one place.</summary>
internal sealed class SystemSplitManager : IConnectorSplitManager
{
    public ValueTask<IReadOnlyList<ConnectorSplit>> GetSplitsAsync(
        ConnectorSession session, ConnectorTableHandle table, int desiredSplitCount, CancellationToken cancellationToken)
        => ValueTask.FromResult<IReadOnlyList<ConnectorSplit>>([new SystemSplit()]);
}
