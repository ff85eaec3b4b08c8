using Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;
using Manifold.Spi.Connectors;
using Manifold.Spi.Security;

namespace Manifold.Engine.Metadata;

/// <summary>Feeds <c>system.metadata</c> from the catalog manager: only the catalogs, schemas and tables the user may
/// see.</summary>
internal sealed class SystemMetadataSource(CatalogManager catalogs, IAccessControl accessControl) : ISystemMetadataSource
{
    public IReadOnlyList<SystemCatalogInfo> ListCatalogs(ConnectorSession session)
    {
        var visible = accessControl.FilterCatalogs(session.Identity, catalogs.Catalogs.Select(c => c.Name).ToArray())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return catalogs.Catalogs.Where(c => visible.Contains(c.Name))
            .Select(c => new SystemCatalogInfo(c.Name, c.Name, c.ConnectorName, c.Connector)
            {
                Metadata = new SecuredConnectorMetadata(c.Name, c.Connector.Metadata, accessControl),
            })
            .ToArray();
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
