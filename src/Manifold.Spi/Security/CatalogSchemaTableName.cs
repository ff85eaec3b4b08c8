using Manifold.Spi.Connectors;

namespace Manifold.Spi.Security;

/// <summary>A fully qualified table or view name, as access control checks name it.</summary>
/// <param name="Catalog">The catalog.</param>
/// <param name="Schema">The schema.</param>
/// <param name="Table">The table or view.</param>
public sealed record CatalogSchemaTableName(string Catalog, string Schema, string Table)
{
    /// <summary>The same table as <paramref name="catalog"/> plus a schema-qualified name.</summary>
    public CatalogSchemaTableName(string catalog, SchemaTableName name)
        : this(catalog, name.Schema, name.Table)
    {
    }

    /// <summary>The name within its catalog.</summary>
    public SchemaTableName SchemaTableName => new(Schema, Table);

    /// <inheritdoc />
    public override string ToString() => $"{Catalog}.{Schema}.{Table}";
}
