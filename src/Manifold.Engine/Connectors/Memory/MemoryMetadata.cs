using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Schemas, tables, views, statistics, inserts and row changes of a memory catalog.</summary>
internal sealed class MemoryMetadata(MemoryStore store) : IConnectorMetadata
{
    private static readonly ColumnMetadata s_rowIdColumn = new(MemoryColumnHandle.RowIdName, SqlType.BigInt, Nullable: false, Hidden: true);

    public IReadOnlyList<string> ListSchemaNames(ConnectorSession session) => store.ListSchemaNames();

    public IReadOnlyList<SchemaTableName> ListTables(ConnectorSession session, string? schema) => store.ListTables(schema);

    public ConnectorTableHandle? GetTableHandle(ConnectorSession session, SchemaTableName name)
        => store.TryGetTable(name) is { } table ? new MemoryTableHandle(table.Id, table.Name) : null;

    public TableMetadata GetTableMetadata(ConnectorSession session, ConnectorTableHandle table)
    {
        MemoryTable memoryTable = GetTable(table);
        return new TableMetadata(memoryTable.Name, [.. memoryTable.Current.Columns, s_rowIdColumn], memoryTable.Comment);
    }

    public IReadOnlyList<ConnectorColumnHandle> GetColumnHandles(ConnectorSession session, ConnectorTableHandle table)
    {
        ColumnMetadata[] columns = GetTable(table).Current.Columns;
        var handles = new ConnectorColumnHandle[columns.Length + 1];
        for (int i = 0; i < columns.Length; i++)
        {
            handles[i] = new MemoryColumnHandle(columns[i].Name, columns[i].Type, i);
        }
        handles[^1] = MemoryColumnHandle.RowId;
        return handles;
    }

    public TableStatistics GetTableStatistics(ConnectorSession session, ConnectorTableHandle table)
    {
        TableStatistics statistics = GetTable(table).Current.GetStatistics();
        return ((MemoryTableHandle)table).Limit is { } limit && limit < statistics.RowCount
            ? statistics with { RowCount = limit }
            : statistics;
    }

    public ViewDefinition? GetView(ConnectorSession session, SchemaTableName name) => store.GetView(name);

    public LimitPushdownResult? ApplyLimit(ConnectorSession session, ConnectorTableHandle table, long limit)
    {
        var handle = (MemoryTableHandle)table;
        if (handle.Limit is { } existing && existing <= limit)
        {
            return null;
        }
        return new LimitPushdownResult(handle with { Limit = Math.Max(limit, 0) }, LimitGuaranteed: true);
    }

    public void CreateSchema(ConnectorSession session, string schema) => store.CreateSchema(schema);

    public void DropSchema(ConnectorSession session, string schema, bool cascade) => store.DropSchema(schema, cascade);

    public void CreateTable(ConnectorSession session, TableMetadata table) => store.CreateTable(table);

    public void DropTable(ConnectorSession session, ConnectorTableHandle table)
    {
        var handle = (MemoryTableHandle)table;
        store.DropTable(handle.TableId, handle.Name);
    }

    public void RenameTable(ConnectorSession session, ConnectorTableHandle table, SchemaTableName newName)
    {
        var handle = (MemoryTableHandle)table;
        store.RenameTable(handle.TableId, handle.Name, newName);
    }

    public void AddColumn(ConnectorSession session, ConnectorTableHandle table, ColumnMetadata column) => GetTable(table).AddColumn(column);

    public void CreateView(ConnectorSession session, SchemaTableName name, ViewDefinition view, bool replace)
        => store.CreateView(name, view, replace);

    public void DropView(ConnectorSession session, SchemaTableName name) => store.DropView(name);

    public ConnectorInsertTableHandle BeginInsert(
        ConnectorSession session, ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns)
    {
        MemoryTable memoryTable = GetTable(table);
        ColumnMetadata[] tableColumns = memoryTable.Current.Columns;
        var ordinals = new int[columns.Count];
        var written = new bool[tableColumns.Length];
        for (int i = 0; i < ordinals.Length; i++)
        {
            var column = (MemoryColumnHandle)columns[i];
            if (column.IsRowId || column.Ordinal >= tableColumns.Length)
            {
                throw new ManifoldException(StandardErrorCode.NotSupported, $"Cannot insert into column '{column.Name}'");
            }
            ordinals[i] = column.Ordinal;
            written[column.Ordinal] = true;
        }
        for (int c = 0; c < tableColumns.Length; c++)
        {
            if (!written[c] && !tableColumns[c].Nullable)
            {
                throw MemoryErrors.NullInNotNullColumn(tableColumns[c].Name);
            }
        }
        return new MemoryInsertTableHandle(memoryTable.Id, memoryTable.Name, store.NextInsertId(), ordinals, tableColumns);
    }

    public void FinishInsert(ConnectorSession session, ConnectorInsertTableHandle insert, IReadOnlyList<object> fragments)
    {
        var handle = (MemoryInsertTableHandle)insert;
        var claimed = new List<MemoryInsertFragment>(fragments.Count);
        try
        {
            foreach (object fragment in fragments)
            {
                if (fragment is not MemoryInsertFragment memoryFragment || memoryFragment.InsertId != handle.InsertId)
                {
                    throw new ManifoldException(StandardErrorCode.GenericInternalError, "Insert fragment does not belong to this insert");
                }
                if (!memoryFragment.TryClaim())
                {
                    throw new ManifoldException(StandardErrorCode.GenericInternalError, "Insert fragment was already committed or aborted");
                }
                claimed.Add(memoryFragment);
            }
            store.GetTable(handle.TableId, handle.Name).CommitInsert(claimed);
        }
        catch
        {
            foreach (MemoryInsertFragment fragment in claimed)
            {
                fragment.ReleaseClaimed();
            }
            throw;
        }
        foreach (MemoryInsertFragment fragment in claimed)
        {
            fragment.MarkCommitted();
        }
    }

    public ConnectorColumnHandle? GetRowIdColumnHandle(ConnectorSession session, ConnectorTableHandle table) => MemoryColumnHandle.RowId;

    public long DeleteRows(ConnectorSession session, ConnectorTableHandle table, Vector rowIds)
    {
        long[] ids = ReadRowIds(rowIds, out int[] sources);
        SortDistinct(ref ids, ref sources);
        return ids.Length == 0 ? 0 : GetTable(table).DeleteRows(ids);
    }

    public long UpdateRows(
        ConnectorSession session, ConnectorTableHandle table, Vector rowIds, IReadOnlyList<ConnectorColumnHandle> columns, Page values)
    {
        MemoryTable memoryTable = GetTable(table);
        ColumnMetadata[] tableColumns = memoryTable.Current.Columns;
        if (values.ColumnCount != columns.Count || values.RowCount != rowIds.Count)
        {
            throw new ArgumentException("UpdateRows needs one value column per updated column and one row per row id", nameof(values));
        }
        var ordinals = new int[columns.Count];
        for (int i = 0; i < ordinals.Length; i++)
        {
            var column = (MemoryColumnHandle)columns[i];
            if (column.IsRowId || column.Ordinal >= tableColumns.Length)
            {
                throw new ManifoldException(StandardErrorCode.NotSupported, $"Cannot update column '{column.Name}'");
            }
            if (!MemoryVectors.SameLayout(values[i].Type, tableColumns[column.Ordinal].Type))
            {
                throw new ManifoldException(
                    StandardErrorCode.GenericInternalError,
                    $"Update of column '{column.Name}' of type {tableColumns[column.Ordinal].Type} received values of type {values[i].Type}");
            }
            ordinals[i] = column.Ordinal;
        }
        long[] ids = ReadRowIds(rowIds, out int[] sources);
        SortDistinct(ref ids, ref sources);
        return ids.Length == 0 ? 0 : memoryTable.UpdateRows(ids, sources, ordinals, values);
    }

    private MemoryTable GetTable(ConnectorTableHandle table)
    {
        var handle = (MemoryTableHandle)table;
        return store.GetTable(handle.TableId, handle.Name);
    }

    /// <summary>The non-null ids, with the row each came from.</summary>
    private static long[] ReadRowIds(Vector rowIds, out int[] sources)
    {
        int count = rowIds.Count;
        var ids = new long[count];
        sources = new int[count];
        int written = 0;
        if (rowIds is FlatVector<long> flat)
        {
            ReadOnlySpan<long> values = flat.Span;
            for (int i = 0; i < values.Length; i++)
            {
                if (!flat.IsNull(i))
                {
                    ids[written] = values[i];
                    sources[written++] = i;
                }
            }
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                int position = i;
                var resolved = (FlatVector<long>)VectorBuilder.Resolve(rowIds, ref position);
                if (!resolved.IsNull(position))
                {
                    ids[written] = resolved.Values[position];
                    sources[written++] = i;
                }
            }
        }
        if (written < count)
        {
            Array.Resize(ref ids, written);
            Array.Resize(ref sources, written);
        }
        return ids;
    }

    /// <summary>Sorts ids (carrying their source rows) and drops repeats, keeping the last source row of each id.</summary>
    private static void SortDistinct(ref long[] ids, ref int[] sources)
    {
        Array.Sort(ids, sources);
        int written = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            if (written > 0 && ids[written - 1] == ids[i])
            {
                sources[written - 1] = Math.Max(sources[written - 1], sources[i]);
                continue;
            }
            ids[written] = ids[i];
            sources[written++] = sources[i];
        }
        if (written < ids.Length)
        {
            Array.Resize(ref ids, written);
            Array.Resize(ref sources, written);
        }
    }
}
