using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Schemas, tables, columns and statistics of a <c>tpch</c> catalog; everything is computed, nothing stored.</summary>
internal sealed class TpchMetadata(TpchConfig config) : IConnectorMetadata
{
    public IReadOnlyList<string> ListSchemaNames(ConnectorSession session) => TpchSchemaNames.Listed;

    public IReadOnlyList<SchemaTableName> ListTables(ConnectorSession session, string? schema)
    {
        var result = new List<SchemaTableName>();
        if (schema is null)
        {
            foreach (string listed in TpchSchemaNames.Listed)
            {
                AddTables(result, listed);
            }
        }
        else if (TpchSchemaNames.TryGetScaleFactor(schema, out _))
        {
            AddTables(result, schema);
        }
        return result;
    }

    public ConnectorTableHandle? GetTableHandle(ConnectorSession session, SchemaTableName name)
    {
        if (!TpchSchema.TryParseTable(name.Table, out TpchTable table)
            || !TpchSchemaNames.TryGetScaleFactor(name.Schema, out double scaleFactor))
        {
            return null;
        }
        return new TpchTableHandle(name.Schema, table, scaleFactor);
    }

    public TableMetadata GetTableMetadata(ConnectorSession session, ConnectorTableHandle table)
    {
        var handle = (TpchTableHandle)table;
        TpchColumn[] columns = TpchSchema.Columns(handle.Table);
        var result = new ColumnMetadata[columns.Length + 1];
        for (int i = 0; i < columns.Length; i++)
        {
            result[i] = new ColumnMetadata(
                TpchSchema.ColumnName(columns[i], config.ColumnNaming),
                TpchSchema.ColumnType(columns[i], config.DoubleTypeMapping),
                Nullable: false);
        }
        result[^1] = new ColumnMetadata(TpchSchema.RowNumberColumnName, SqlType.BigInt, Nullable: false, Hidden: true);
        return new TableMetadata(new SchemaTableName(handle.Schema, TpchSchema.TableName(handle.Table)), result);
    }

    public IReadOnlyList<ConnectorColumnHandle> GetColumnHandles(ConnectorSession session, ConnectorTableHandle table)
    {
        var handle = (TpchTableHandle)table;
        TpchColumn[] columns = TpchSchema.Columns(handle.Table);
        var result = new ConnectorColumnHandle[columns.Length + 1];
        for (int i = 0; i < columns.Length; i++)
        {
            result[i] = ColumnHandle(columns[i]);
        }
        result[^1] = new TpchColumnHandle(TpchSchema.RowNumberColumnName, SqlType.BigInt, TpchSchema.RowNumberOrdinal);
        return result;
    }

    public TableStatistics GetTableStatistics(ConnectorSession session, ConnectorTableHandle table)
    {
        var handle = (TpchTableHandle)table;
        return TpchStatistics.Compute(handle.Table, TpchScale.Create(handle.ScaleFactor), config.ColumnNaming, config.DoubleTypeMapping);
    }

    /// <summary>The handle of a column under this catalog's naming and mapping.</summary>
    public TpchColumnHandle ColumnHandle(TpchColumn column) => new(
        TpchSchema.ColumnName(column, config.ColumnNaming),
        TpchSchema.ColumnType(column, config.DoubleTypeMapping),
        column.Ordinal);

    private static void AddTables(List<SchemaTableName> result, string schema)
    {
        foreach (TpchTable table in TpchSchema.Tables)
        {
            result.Add(new SchemaTableName(schema, TpchSchema.TableName(table)));
        }
    }
}
