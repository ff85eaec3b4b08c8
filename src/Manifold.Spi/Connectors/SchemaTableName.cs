namespace Manifold.Spi.Connectors;

/// <summary>A table name within a catalog. Names are stored in lower case, as Trino folds unquoted names.</summary>
public sealed record SchemaTableName
{
    /// <summary>Creates a name; both parts are lower-cased.</summary>
    public SchemaTableName(string schema, string table)
    {
        Schema = schema.ToLowerInvariant();
        Table = table.ToLowerInvariant();
    }

    /// <summary>The schema.</summary>
    public string Schema { get; }

    /// <summary>The table.</summary>
    public string Table { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Schema}.{Table}";
}
