using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.InformationSchema;

/// <summary>One split per table: the rows are produced in one go.</summary>
internal sealed class InformationSchemaSplitManager : IConnectorSplitManager
{
    public ValueTask<IReadOnlyList<ConnectorSplit>> GetSplitsAsync(
        ConnectorSession session, ConnectorTableHandle table, int desiredSplitCount, CancellationToken cancellationToken)
        => ValueTask.FromResult<IReadOnlyList<ConnectorSplit>>([new InformationSchemaSplit()]);
}
