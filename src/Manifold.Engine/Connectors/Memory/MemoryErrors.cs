using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>The user-facing errors of the memory connector, worded as Trino words them.</summary>
internal static class MemoryErrors
{
    public static ManifoldException SchemaNotFound(string catalog, string schema)
        => new(StandardErrorCode.SchemaNotFound, $"Schema '{catalog}.{schema}' does not exist");

    public static ManifoldException SchemaAlreadyExists(string catalog, string schema)
        => new(StandardErrorCode.SchemaAlreadyExists, $"Schema '{catalog}.{schema}' already exists");

    public static ManifoldException SchemaNotEmpty(string catalog, string schema)
        => new(StandardErrorCode.SchemaNotEmpty, $"Cannot drop non-empty schema '{catalog}.{schema}'");

    public static ManifoldException TableNotFound(string catalog, SchemaTableName name)
        => new(StandardErrorCode.TableNotFound, $"Table '{Qualify(catalog, name)}' does not exist");

    public static ManifoldException TableAlreadyExists(string catalog, SchemaTableName name)
        => new(StandardErrorCode.TableAlreadyExists, $"Table '{Qualify(catalog, name)}' already exists");

    public static ManifoldException TargetTableAlreadyExists(string catalog, SchemaTableName name)
        => new(StandardErrorCode.TableAlreadyExists, $"Target table '{Qualify(catalog, name)}' already exists");

    public static ManifoldException TargetSchemaNotFound(string catalog, string schema)
        => new(StandardErrorCode.SchemaNotFound, $"Target schema '{catalog}.{schema}' does not exist");

    public static ManifoldException ViewAlreadyExists(string catalog, SchemaTableName name)
        => new(StandardErrorCode.TableAlreadyExists, $"View '{Qualify(catalog, name)}' already exists");

    public static ManifoldException ViewNotFound(string catalog, SchemaTableName name)
        => new(StandardErrorCode.TableNotFound, $"View '{Qualify(catalog, name)}' does not exist");

    public static ManifoldException ColumnAlreadyExists(string column)
        => new(StandardErrorCode.ColumnAlreadyExists, $"Column '{column}' already exists");

    public static ManifoldException DuplicateColumnName(string column)
        => new(StandardErrorCode.DuplicateColumnName, $"Column name '{column}' specified more than once");

    public static ManifoldException ReservedColumnName(string column)
        => new(StandardErrorCode.NotSupported, $"Column name '{column}' is reserved by the memory connector");

    public static ManifoldException NullInNotNullColumn(string column)
        => new(StandardErrorCode.ConstraintViolation, $"NULL value not allowed for NOT NULL column: {column}");

    public static string Qualify(string catalog, SchemaTableName name) => $"{catalog}.{name.Schema}.{name.Table}";
}
