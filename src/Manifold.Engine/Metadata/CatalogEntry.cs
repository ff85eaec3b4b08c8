using Manifold.Spi.Connectors;

namespace Manifold.Engine.Metadata;

/// <summary>A registered catalog: its name, connector kind, properties and connector instance.</summary>
/// <param name="Name">The catalog name (lower case).</param>
/// <param name="ConnectorName">The connector kind (<c>connector.name</c>).</param>
/// <param name="Properties">The catalog properties, without <c>connector.name</c>.</param>
/// <param name="Connector">The connector.</param>
public sealed record CatalogEntry(string Name, string ConnectorName, IReadOnlyDictionary<string, string> Properties, IConnector Connector);
