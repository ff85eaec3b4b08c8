namespace Manifold.Spi.Connectors;

/// <summary>Divides a table into splits that threads read independently.</summary>
public interface IConnectorSplitManager
{
    /// <summary>The splits of <paramref name="table"/>. <paramref name="desiredSplitCount"/> is a hint (e.g. a few per core);
    /// a connector may return more or fewer. An empty list means the table has no rows.</summary>
    ValueTask<IReadOnlyList<ConnectorSplit>> GetSplitsAsync(
        ConnectorSession session, ConnectorTableHandle table, int desiredSplitCount, CancellationToken cancellationToken);
}
