using Manifold.Spi.Connectors;
using Manifold.Spi.Security;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Metadata;

/// <summary>A catalog's metadata filtered by access control for the user of each call (the connector session's
/// identity): the one place where SHOW, DESCRIBE, <c>information_schema</c> and <c>system.metadata</c> drop what a user
/// may not see.</summary>
/// <remarks>Schemas, tables and columns are filtered; a table the user may not see is not found. Everything else is
/// passed on unchanged. Thread-safe when the wrapped metadata is.</remarks>
internal sealed class SecuredConnectorMetadata(string catalogName, IConnectorMetadata inner, IAccessControl accessControl) : IConnectorMetadata
{
    public IReadOnlyList<string> ListSchemaNames(ConnectorSession session)
        => accessControl.FilterSchemas(session.Identity, catalogName, inner.ListSchemaNames(session)).ToArray();

    public IReadOnlyList<SchemaTableName> ListTables(ConnectorSession session, string? schema)
        => accessControl.FilterTables(session.Identity, catalogName, inner.ListTables(session, schema)).ToArray();

    public ConnectorTableHandle? GetTableHandle(ConnectorSession session, SchemaTableName name)
        => IsVisible(session, name) ? inner.GetTableHandle(session, name) : null;

    public TableMetadata GetTableMetadata(ConnectorSession session, ConnectorTableHandle table)
    {
        TableMetadata metadata = inner.GetTableMetadata(session, table);
        var visible = accessControl.FilterColumns(session.Identity, new CatalogSchemaTableName(catalogName, metadata.Name),
            metadata.Columns.Select(c => c.Name).ToArray()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return visible.Count == metadata.Columns.Count ? metadata : metadata with { Columns = metadata.Columns.Where(c => visible.Contains(c.Name)).ToArray() };
    }

    public IReadOnlyList<ConnectorColumnHandle> GetColumnHandles(ConnectorSession session, ConnectorTableHandle table) => inner.GetColumnHandles(session, table);

    public TableStatistics GetTableStatistics(ConnectorSession session, ConnectorTableHandle table) => inner.GetTableStatistics(session, table);

    public ViewDefinition? GetView(ConnectorSession session, SchemaTableName name)
    {
        if (!IsVisible(session, name) || inner.GetView(session, name) is not { } view)
        {
            return null;
        }
        var visible = accessControl.FilterColumns(session.Identity, new CatalogSchemaTableName(catalogName, name),
            view.Columns.Select(c => c.Name).ToArray()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return visible.Count == view.Columns.Count ? view : view with { Columns = view.Columns.Where(c => visible.Contains(c.Name)).ToArray() };
    }

    public FilterPushdownResult? ApplyFilter(ConnectorSession session, ConnectorTableHandle table, Constraint constraint) => inner.ApplyFilter(session, table, constraint);

    public LimitPushdownResult? ApplyLimit(ConnectorSession session, ConnectorTableHandle table, long limit) => inner.ApplyLimit(session, table, limit);

    public void CreateSchema(ConnectorSession session, string schema) => inner.CreateSchema(session, schema);

    public void DropSchema(ConnectorSession session, string schema, bool cascade) => inner.DropSchema(session, schema, cascade);

    public void CreateTable(ConnectorSession session, TableMetadata table) => inner.CreateTable(session, table);

    public void DropTable(ConnectorSession session, ConnectorTableHandle table) => inner.DropTable(session, table);

    public void RenameTable(ConnectorSession session, ConnectorTableHandle table, SchemaTableName newName) => inner.RenameTable(session, table, newName);

    public void AddColumn(ConnectorSession session, ConnectorTableHandle table, ColumnMetadata column) => inner.AddColumn(session, table, column);

    public void CreateView(ConnectorSession session, SchemaTableName name, ViewDefinition view, bool replace) => inner.CreateView(session, name, view, replace);

    public void DropView(ConnectorSession session, SchemaTableName name) => inner.DropView(session, name);

    public ConnectorInsertTableHandle BeginInsert(ConnectorSession session, ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns)
        => inner.BeginInsert(session, table, columns);

    public void FinishInsert(ConnectorSession session, ConnectorInsertTableHandle insert, IReadOnlyList<object> fragments) => inner.FinishInsert(session, insert, fragments);

    public ConnectorColumnHandle? GetRowIdColumnHandle(ConnectorSession session, ConnectorTableHandle table) => inner.GetRowIdColumnHandle(session, table);

    public long DeleteRows(ConnectorSession session, ConnectorTableHandle table, Vector rowIds) => inner.DeleteRows(session, table, rowIds);

    public long UpdateRows(ConnectorSession session, ConnectorTableHandle table, Vector rowIds, IReadOnlyList<ConnectorColumnHandle> columns, Page values)
        => inner.UpdateRows(session, table, rowIds, columns, values);

    private bool IsVisible(ConnectorSession session, SchemaTableName name)
        => accessControl.FilterTables(session.Identity, catalogName, [name]).Count == 1;
}
