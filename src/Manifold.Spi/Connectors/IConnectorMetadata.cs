using Manifold.Spi.Errors;
using Manifold.Spi.Vectors;

namespace Manifold.Spi.Connectors;

/// <summary>What a connector knows about its schemas and tables, what it can push down, and the DDL and row changes it supports.</summary>
/// <remarks>
/// Names passed in are lower case. Lookups of things that do not exist return null or empty lists; they do not throw.
/// Write operations a connector does not support keep their default implementations, which fail with NOT_SUPPORTED.
/// Implementations must be thread-safe.
/// </remarks>
public interface IConnectorMetadata
{
    /// <summary>The schema names.</summary>
    IReadOnlyList<string> ListSchemaNames(ConnectorSession session);

    /// <summary>Tables and views, in one schema or (when <paramref name="schema"/> is null) all of them.</summary>
    IReadOnlyList<SchemaTableName> ListTables(ConnectorSession session, string? schema);

    /// <summary>A handle for the table, or null when there is no such table (views are not tables).</summary>
    ConnectorTableHandle? GetTableHandle(ConnectorSession session, SchemaTableName name);

    /// <summary>The table's name, columns and properties.</summary>
    TableMetadata GetTableMetadata(ConnectorSession session, ConnectorTableHandle table);

    /// <summary>Handles for the table's columns (including hidden ones), in table order.</summary>
    IReadOnlyList<ConnectorColumnHandle> GetColumnHandles(ConnectorSession session, ConnectorTableHandle table);

    /// <summary>Statistics for the optimizer; <see cref="TableStatistics.Unknown"/> when there are none.</summary>
    TableStatistics GetTableStatistics(ConnectorSession session, ConnectorTableHandle table) => TableStatistics.Unknown;

    /// <summary>The view's definition, or null when there is no such view.</summary>
    ViewDefinition? GetView(ConnectorSession session, SchemaTableName name) => null;

    /// <summary>Offers a filter; null means nothing was pushed (every conjunct Unsupported).</summary>
    FilterPushdownResult? ApplyFilter(ConnectorSession session, ConnectorTableHandle table, Constraint constraint) => null;

    /// <summary>Offers a limit; null means it was not pushed.</summary>
    LimitPushdownResult? ApplyLimit(ConnectorSession session, ConnectorTableHandle table, long limit) => null;

    /// <summary>CREATE SCHEMA.</summary>
    void CreateSchema(ConnectorSession session, string schema) => throw NotSupported("creating schemas");

    /// <summary>DROP SCHEMA; fails with SCHEMA_NOT_EMPTY unless <paramref name="cascade"/>.</summary>
    void DropSchema(ConnectorSession session, string schema, bool cascade) => throw NotSupported("dropping schemas");

    /// <summary>CREATE TABLE; fails with TABLE_ALREADY_EXISTS when the table exists.</summary>
    void CreateTable(ConnectorSession session, TableMetadata table) => throw NotSupported("creating tables");

    /// <summary>DROP TABLE.</summary>
    void DropTable(ConnectorSession session, ConnectorTableHandle table) => throw NotSupported("dropping tables");

    /// <summary>ALTER TABLE … RENAME TO.</summary>
    void RenameTable(ConnectorSession session, ConnectorTableHandle table, SchemaTableName newName) => throw NotSupported("renaming tables");

    /// <summary>ALTER TABLE … ADD COLUMN; existing rows get NULL.</summary>
    void AddColumn(ConnectorSession session, ConnectorTableHandle table, ColumnMetadata column) => throw NotSupported("adding columns");

    /// <summary>CREATE [OR REPLACE] VIEW.</summary>
    void CreateView(ConnectorSession session, SchemaTableName name, ViewDefinition view, bool replace) => throw NotSupported("creating views");

    /// <summary>DROP VIEW.</summary>
    void DropView(ConnectorSession session, SchemaTableName name) => throw NotSupported("dropping views");

    /// <summary>Starts an INSERT into the given columns (all of the table's visible columns, in order, for CREATE TABLE AS).</summary>
    ConnectorInsertTableHandle BeginInsert(ConnectorSession session, ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns)
        => throw NotSupported("inserts");

    /// <summary>Makes the rows written by the insert's page sinks visible; <paramref name="fragments"/> are what the sinks returned.</summary>
    void FinishInsert(ConnectorSession session, ConnectorInsertTableHandle insert, IReadOnlyList<object> fragments) => throw NotSupported("inserts");

    /// <summary>A hidden column whose values identify rows for DELETE and UPDATE, or null when rows cannot be changed.</summary>
    ConnectorColumnHandle? GetRowIdColumnHandle(ConnectorSession session, ConnectorTableHandle table) => null;

    /// <summary>Deletes the rows whose ids (values of the row-id column) are given; returns how many were deleted.</summary>
    long DeleteRows(ConnectorSession session, ConnectorTableHandle table, Vector rowIds) => throw NotSupported("deletes");

    /// <summary>Sets <paramref name="columns"/> of the rows with the given ids to the values in <paramref name="values"/>
    /// (one column per entry of <paramref name="columns"/>, one row per id); returns how many rows changed.</summary>
    long UpdateRows(ConnectorSession session, ConnectorTableHandle table, Vector rowIds, IReadOnlyList<ConnectorColumnHandle> columns, Page values)
        => throw NotSupported("updates");

    /// <summary>The NOT_SUPPORTED error the default implementations throw.</summary>
    static ManifoldException NotSupported(string what) => new(StandardErrorCode.NotSupported, $"This connector does not support {what}");
}
