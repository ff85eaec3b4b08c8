namespace Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;

/// <summary>Where a connector property is set; each scope has its own <c>system.metadata.*_properties</c> table.</summary>
public enum PropertyScope
{
    /// <summary><c>CREATE SCHEMA … WITH (…)</c>: <c>schema_properties</c>.</summary>
    Schema,

    /// <summary><c>CREATE TABLE … WITH (…)</c>: <c>table_properties</c>.</summary>
    Table,

    /// <summary>Column definitions' <c>WITH (…)</c>: <c>column_properties</c>.</summary>
    Column,

    /// <summary><c>ANALYZE … WITH (…)</c>: <c>analyze_properties</c>.</summary>
    Analyze,
}
