using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;

/// <summary><c>system.metadata.{schema,table,column,analyze}_properties</c>: the properties of one scope that each catalog
/// accepts, with their defaults, types and descriptions.</summary>
internal sealed class PropertiesTable(ISystemMetadataSource source, PropertyScope scope)
    : SystemTable(SystemMetadataTables.Schema, TableName(scope),
        [Varchar("catalog_name"), Varchar("property_name"), Varchar("default_value"), Varchar("type"), Varchar("description")])
{
    public static string TableName(PropertyScope scope) => scope switch
    {
        PropertyScope.Schema => "schema_properties",
        PropertyScope.Table => "table_properties",
        PropertyScope.Column => "column_properties",
        PropertyScope.Analyze => "analyze_properties",
    };

    protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
    {
        foreach (SystemCatalogInfo catalog in source.ListCatalogs(session))
        {
            if (!constraint.Allows("catalog_name", catalog.Name))
            {
                continue;
            }
            foreach (PropertyMetadata property in source.ListProperties(catalog, scope))
            {
                if (property.Hidden)
                {
                    continue;
                }
                // As Trino: a property without a default shows an empty string.
                string defaultValue = property.DefaultValue is null ? "" : SqlValueFormatter.Format(property.Type, property.DefaultValue);
                yield return [catalog.Name, property.Name, defaultValue, property.Type.Name, property.Description];
            }
        }
    }
}
