using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;

/// <summary>One catalog as <c>system.metadata</c> shows it.</summary>
/// <param name="Name">The catalog name.</param>
/// <param name="ConnectorId">The id of the catalog's connector instance (Trino reports the catalog name).</param>
/// <param name="ConnectorName">The connector kind, <c>connector.name</c>.</param>
/// <param name="Connector">The connector, for listing the catalog's tables and their comments.</param>
public sealed record SystemCatalogInfo(string Name, string ConnectorId, string ConnectorName, IConnector Connector);
