using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.InformationSchema;

/// <summary>Lists the information_schema tables and narrows scans by schema and table name.</summary>
internal sealed class InformationSchemaMetadata(string catalogName) : IConnectorMetadata
{
    public IReadOnlyList<string> ListSchemaNames(ConnectorSession session) => [InformationSchemaTable.Schema];

    public IReadOnlyList<SchemaTableName> ListTables(ConnectorSession session, string? schema)
        => schema is null || schema == InformationSchemaTable.Schema
            ? InformationSchemaTable.Tables.Keys.Select(t => new SchemaTableName(InformationSchemaTable.Schema, t)).ToArray()
            : [];

    public ConnectorTableHandle? GetTableHandle(ConnectorSession session, SchemaTableName name)
        => name.Schema == InformationSchemaTable.Schema && InformationSchemaTable.Tables.ContainsKey(name.Table)
            ? new InformationSchemaTableHandle(name.Table, null, null)
            : null;

    public TableMetadata GetTableMetadata(ConnectorSession session, ConnectorTableHandle table)
    {
        var handle = (InformationSchemaTableHandle)table;
        return new TableMetadata(new SchemaTableName(InformationSchemaTable.Schema, handle.Table), InformationSchemaTable.Tables[handle.Table]);
    }

    public IReadOnlyList<ConnectorColumnHandle> GetColumnHandles(ConnectorSession session, ConnectorTableHandle table)
        => InformationSchemaTable.Tables[((InformationSchemaTableHandle)table).Table]
            .Select((c, i) => (ConnectorColumnHandle)new InformationSchemaColumnHandle(c.Name, i)).ToArray();

    public FilterPushdownResult? ApplyFilter(ConnectorSession session, ConnectorTableHandle table, Constraint constraint)
    {
        var handle = (InformationSchemaTableHandle)table;
        var outcomes = new PushdownOutcome[constraint.Conjuncts.Count];
        string? schema = handle.SchemaFilter;
        string? tableName = handle.TableFilter;
        for (int i = 0; i < outcomes.Length; i++)
        {
            ColumnDomain conjunct = constraint.Conjuncts[i];
            outcomes[i] = PushdownOutcome.Unsupported;
            if (conjunct.Domain.Ranges is [{ IsSingleValue: true, Low: string value }] && !conjunct.Domain.NullAllowed)
            {
                switch (conjunct.Column.Name)
                {
                    case "table_schema" or "schema_name" when schema is null:
                        schema = value;
                        outcomes[i] = PushdownOutcome.Inexact;
                        break;
                    case "table_name" when tableName is null && handle.Table != "schemata":
                        tableName = value;
                        outcomes[i] = PushdownOutcome.Inexact;
                        break;
                    case "table_catalog" or "catalog_name" when value != catalogName:
                        schema = "\0none";
                        outcomes[i] = PushdownOutcome.Inexact;
                        break;
                }
            }
        }
        if (schema == handle.SchemaFilter && tableName == handle.TableFilter)
        {
            return null;
        }
        return new FilterPushdownResult(handle with { SchemaFilter = schema, TableFilter = tableName }, outcomes);
    }
}
