using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;

/// <summary>One catalog as <c>system.metadata</c> shows it.</summary>
/// <param name="Name">The catalog name.</param>
/// <param name="ConnectorId">The id of the catalog's connector instance (Trino reports the catalog name).</param>
/// <param name="ConnectorName">The connector kind, <c>connector.name</c>.</param>
/// <param name="Connector">The connector, for its properties.</param>
public sealed record SystemCatalogInfo(string Name, string ConnectorId, string ConnectorName, IConnector Connector)
{
    /// <summary>The catalog's metadata for listing its schemas, tables and comments, as the user may see them; by default
    /// the connector's.</summary>
    public IConnectorMetadata Metadata
    {
        get => field ?? Connector.Metadata;
        init;
    }
}
