namespace Manifold.Engine.Metadata;

/// <summary>A fully qualified table, view or procedure name: catalog.schema.name, all lower case.</summary>
public sealed record QualifiedObjectName(string Catalog, string Schema, string Name)
{
    /// <summary>The schema-qualified part, as connectors see it.</summary>
    public Spi.Connectors.SchemaTableName SchemaTableName => new(Schema, Name);

    /// <inheritdoc />
    public override string ToString() => $"{Catalog}.{Schema}.{Name}";
}
