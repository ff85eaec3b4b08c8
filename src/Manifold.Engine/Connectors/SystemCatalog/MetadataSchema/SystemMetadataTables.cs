namespace Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;

/// <summary>The tables of <c>system.metadata</c>, as in Trino (without the materialized-view tables).</summary>
public static class SystemMetadataTables
{
    /// <summary>The schema name.</summary>
    public const string Schema = "metadata";

    /// <summary>The tables, reading <paramref name="source"/>.</summary>
    public static IReadOnlyList<ISystemTable> Create(ISystemMetadataSource source) =>
    [
        new CatalogsTable(source),
        new PropertiesTable(source, PropertyScope.Schema),
        new PropertiesTable(source, PropertyScope.Table),
        new PropertiesTable(source, PropertyScope.Column),
        new PropertiesTable(source, PropertyScope.Analyze),
        new TableCommentsTable(source),
    ];
}
