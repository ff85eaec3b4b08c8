using Manifold.Spi.Types;

namespace Manifold.Spi.Connectors;

/// <summary>A column as the connector describes it.</summary>
/// <param name="Name">Lower-case column name.</param>
/// <param name="Type">SQL type.</param>
/// <param name="Nullable">Whether the column may hold NULL.</param>
/// <param name="Comment">Optional description.</param>
/// <param name="Hidden">Hidden columns are readable by name but not part of <c>SELECT *</c> or DESCRIBE.</param>
public sealed record ColumnMetadata(string Name, SqlType Type, bool Nullable = true, string? Comment = null, bool Hidden = false);

/// <summary>A table as the connector describes it.</summary>
/// <param name="Name">The table name.</param>
/// <param name="Columns">Columns in table order.</param>
/// <param name="Comment">Optional description.</param>
public sealed record TableMetadata(SchemaTableName Name, IReadOnlyList<ColumnMetadata> Columns, string? Comment = null)
{
    /// <summary>Table properties (<c>WITH (…)</c>), by name.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();
}

/// <summary>A stored view: its SQL text and the context it was defined in.</summary>
/// <param name="Sql">The view's query text.</param>
/// <param name="Catalog">The catalog that was current when it was created.</param>
/// <param name="Schema">The schema that was current when it was created.</param>
/// <param name="Columns">Output columns and types at creation time.</param>
/// <param name="Owner">The creating user.</param>
/// <param name="Comment">Optional description.</param>
public sealed record ViewDefinition(string Sql, string? Catalog, string? Schema, IReadOnlyList<ViewColumn> Columns, string? Owner = null, string? Comment = null);

/// <summary>One output column of a view.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Type">Column type.</param>
public sealed record ViewColumn(string Name, SqlType Type);

/// <summary>Table-level statistics for the optimizer; every figure may be unknown (null).</summary>
/// <param name="RowCount">Estimated number of rows.</param>
/// <param name="Columns">Per-column statistics, by column name.</param>
public sealed record TableStatistics(double? RowCount, IReadOnlyDictionary<string, ColumnStatistics> Columns)
{
    /// <summary>Nothing known.</summary>
    public static TableStatistics Unknown { get; } = new(null, new Dictionary<string, ColumnStatistics>());
}

/// <summary>Statistics of one column.</summary>
/// <param name="DistinctCount">Estimated number of distinct non-null values.</param>
/// <param name="NullFraction">Fraction of rows that are null, 0..1.</param>
/// <param name="Min">Smallest value (boxed physical form), if known.</param>
/// <param name="Max">Largest value (boxed physical form), if known.</param>
/// <param name="AverageSize">Average size in bytes of variable-width values.</param>
public sealed record ColumnStatistics(double? DistinctCount, double? NullFraction, object? Min = null, object? Max = null, double? AverageSize = null);

/// <summary>A property a catalog, table or session accepts.</summary>
/// <param name="Name">Property name.</param>
/// <param name="Type">SQL type of the value.</param>
/// <param name="Description">What it does.</param>
/// <param name="DefaultValue">Default value (boxed physical form).</param>
/// <param name="Hidden">Hidden properties are not listed by SHOW SESSION.</param>
public sealed record PropertyMetadata(string Name, SqlType Type, string Description, object? DefaultValue, bool Hidden = false);
