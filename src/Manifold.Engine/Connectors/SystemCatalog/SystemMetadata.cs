using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>Lists the system tables and narrows their scans by pushed-down filters. Read-only: every DDL and row change
/// keeps the default implementation, which fails with NOT_SUPPORTED.</summary>
internal sealed class SystemMetadata(SystemTableRegistry tables, IReadOnlyList<string> schemaNames) : IConnectorMetadata
{
    public IReadOnlyList<string> ListSchemaNames(ConnectorSession session) => schemaNames;

    public IReadOnlyList<SchemaTableName> ListTables(ConnectorSession session, string? schema)
        => schema is null ? tables.Names : tables.Names.Where(n => n.Schema == schema).ToArray();

    public ConnectorTableHandle? GetTableHandle(ConnectorSession session, SchemaTableName name)
        => tables.Find(name) is { } table ? new SystemTableHandle(table.Name, SystemTableConstraint.None) : null;

    public TableMetadata GetTableMetadata(ConnectorSession session, ConnectorTableHandle table)
    {
        ISystemTable systemTable = tables.Get(((SystemTableHandle)table).Name);
        return new TableMetadata(systemTable.Name, systemTable.Columns);
    }

    public IReadOnlyList<ConnectorColumnHandle> GetColumnHandles(ConnectorSession session, ConnectorTableHandle table)
    {
        IReadOnlyList<ColumnMetadata> columns = tables.Get(((SystemTableHandle)table).Name).Columns;
        var handles = new ConnectorColumnHandle[columns.Count];
        for (int i = 0; i < handles.Length; i++)
        {
            handles[i] = new SystemColumnHandle(columns[i].Name, i);
        }
        return handles;
    }

    /// <summary>Takes every conjunct that lists single values (<c>=</c>, <c>IN</c>, <c>IS NULL</c>) of a column whose type
    /// <see cref="SystemTableConstraint.Supports"/>, exactly: the page source drops the rows that fail it. Tables use the
    /// constraint to skip work (only the named catalogs, schemas or tables are visited).</summary>
    public FilterPushdownResult? ApplyFilter(ConnectorSession session, ConnectorTableHandle table, Constraint constraint)
    {
        var handle = (SystemTableHandle)table;
        IReadOnlyList<ColumnMetadata> columns = tables.Get(handle.Name).Columns;
        SystemTableConstraint narrowed = handle.Constraint;
        var outcomes = new PushdownOutcome[constraint.Conjuncts.Count];
        for (int i = 0; i < outcomes.Length; i++)
        {
            ColumnDomain conjunct = constraint.Conjuncts[i];
            outcomes[i] = PushdownOutcome.Unsupported;
            if (conjunct.Column is not SystemColumnHandle column || column.Index >= columns.Count
                || !SystemTableConstraint.Supports(columns[column.Index].Type) || !conjunct.Domain.IsDiscrete)
            {
                continue;
            }
            var values = new List<object>(conjunct.Domain.Ranges.Count);
            foreach (ValueRange range in conjunct.Domain.Ranges)
            {
                values.Add(range.Low!);
            }
            narrowed = narrowed.Intersect(column.Name, values, conjunct.Domain.NullAllowed);
            outcomes[i] = PushdownOutcome.Exact;
        }
        return narrowed.Equals(handle.Constraint) ? null : new FilterPushdownResult(handle with { Constraint = narrowed }, outcomes);
    }
}
