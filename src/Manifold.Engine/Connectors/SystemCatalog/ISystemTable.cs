using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>One table of the <c>system</c> catalog: its name, its columns and a producer of its rows.</summary>
/// <remarks>
/// <para>A system table is a small class over a source the engine provides when it creates the catalog (for
/// <c>system.metadata</c>, an <see cref="MetadataSchema.ISystemMetadataSource"/>). It never reaches into engine internals.</para>
/// <para>Rows are arrays in column order, each value boxed in the physical form of its column type (strings for varchar,
/// <c>long</c> for bigint, null for NULL). A table may use the constraint to skip work, for example to visit only the
/// catalogs a query names, but need not apply it exactly: the connector drops the rows that fail it.</para>
/// <para>Must be thread-safe: several queries may read the same table at once.</para>
/// </remarks>
public interface ISystemTable
{
    /// <summary>The schema and table name, lower case.</summary>
    SchemaTableName Name { get; }

    /// <summary>The columns, in table order.</summary>
    IReadOnlyList<ColumnMetadata> Columns { get; }

    /// <summary>The rows, possibly narrowed by <paramref name="constraint"/>. Asynchronous so that tables whose rows come
    /// from other nodes fit the same shape.</summary>
    IAsyncEnumerable<object?[]> GetRowsAsync(ConnectorSession session, SystemTableConstraint constraint, CancellationToken cancellationToken);
}
