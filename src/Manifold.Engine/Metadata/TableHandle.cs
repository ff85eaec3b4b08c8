using Manifold.Spi.Connectors;

namespace Manifold.Engine.Metadata;

/// <summary>A resolved table: its catalog, the connector serving it and the connector's handle.</summary>
/// <param name="Catalog">The catalog name.</param>
/// <param name="Name">The schema-qualified name.</param>
/// <param name="Connector">The connector (the catalog's, or its information_schema connector).</param>
/// <param name="Handle">The connector's handle, possibly with pushed-down filters or limits.</param>
public sealed record TableHandle(string Catalog, SchemaTableName Name, IConnector Connector, ConnectorTableHandle Handle)
{
    /// <inheritdoc />
    public override string ToString() => $"{Catalog}.{Name}";
}
