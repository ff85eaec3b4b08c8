using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;

/// <summary><c>system.metadata.catalogs</c>: one row per catalog.</summary>
internal sealed class CatalogsTable(ISystemMetadataSource source)
    : SystemTable(SystemMetadataTables.Schema, "catalogs", [Varchar("catalog_name"), Varchar("connector_id"), Varchar("connector_name")])
{
    protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
    {
        foreach (SystemCatalogInfo catalog in source.ListCatalogs(session))
        {
            if (constraint.Allows("catalog_name", catalog.Name))
            {
                yield return [catalog.Name, catalog.ConnectorId, catalog.ConnectorName];
            }
        }
    }
}
