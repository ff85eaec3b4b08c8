using Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Metadata;

/// <summary>Feeds <c>system.metadata</c> from the catalog manager.</summary>
internal sealed class SystemMetadataSource(CatalogManager catalogs) : ISystemMetadataSource
{
    public IReadOnlyList<SystemCatalogInfo> ListCatalogs()
    {
        IReadOnlyList<CatalogEntry> entries = catalogs.Catalogs;
        var result = new SystemCatalogInfo[entries.Count];
        for (int i = 0; i < result.Length; i++)
        {
            CatalogEntry entry = entries[i];
            result[i] = new SystemCatalogInfo(entry.Name, entry.Name, entry.ConnectorName, entry.Connector);
        }
        return result;
    }

    /// <remarks>The SPI declares table properties only; the other scopes are empty until connectors can declare them.</remarks>
    public IReadOnlyList<PropertyMetadata> ListProperties(SystemCatalogInfo catalog, PropertyScope scope) => scope switch
    {
        PropertyScope.Table => catalog.Connector.TableProperties.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray(),
        PropertyScope.Schema => [],
        PropertyScope.Column => [],
        PropertyScope.Analyze => [],
    };
}
