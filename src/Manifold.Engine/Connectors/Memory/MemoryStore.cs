using System.Collections.Concurrent;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Memory;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>The schemas, tables and views of one memory catalog, and the memory they are charged to.</summary>
/// <remarks>
/// Names and the set of tables change under one lock, held briefly. Table data changes under each table's own lock
/// (<see cref="MemoryTable"/>), so scans and inserts of different tables never wait on each other or on DDL. The lock
/// order is store, then table.
/// </remarks>
internal sealed class MemoryStore
{
    /// <summary>The schema every memory catalog starts with.</summary>
    public const string DefaultSchema = "default";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, MemorySchema> _schemas = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, MemoryTable> _tablesById = new();
    private readonly MemoryContext _memory;
    private long _nextTableId;
    private long _nextInsertId;

    /// <param name="catalogName">The catalog name, used in messages.</param>
    /// <param name="memory">The context every stored byte is charged to; its limit is the catalog's data limit.</param>
    public MemoryStore(string catalogName, MemoryContext memory)
    {
        CatalogName = catalogName;
        _memory = memory;
        _schemas.Add(DefaultSchema, new MemorySchema());
    }

    public string CatalogName { get; }

    /// <summary>Bytes held by the catalog's tables and by inserts not yet committed.</summary>
    public long ReservedBytes => _memory.ReservedBytes;

    /// <summary>Charges <paramref name="bytes"/>, or throws EXCEEDED_LOCAL_MEMORY_LIMIT and charges nothing.</summary>
    public void Reserve(long bytes)
    {
        try
        {
            _memory.Reserve(bytes);
        }
        catch (ManifoldException e) when (e.ErrorCode == StandardErrorCode.ExceededLocalMemoryLimit
            && _memory.LimitBytes != long.MaxValue && _memory.ReservedBytes + bytes > _memory.LimitBytes)
        {
            throw new ManifoldException(
                StandardErrorCode.ExceededLocalMemoryLimit,
                $"Memory limit of {MemoryContext.FormatBytes(_memory.LimitBytes)} for catalog '{CatalogName}' exceeded",
                innerException: e);
        }
    }

    /// <summary>Returns bytes charged earlier.</summary>
    public void Free(long bytes) => _memory.Free(bytes);

    public long NextInsertId() => Interlocked.Increment(ref _nextInsertId);

    public IReadOnlyList<string> ListSchemaNames()
    {
        lock (_gate)
        {
            var names = new List<string>(_schemas.Keys);
            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }

    public bool SchemaExists(string schema)
    {
        lock (_gate)
        {
            return _schemas.ContainsKey(schema);
        }
    }

    public void CreateSchema(string schema)
    {
        lock (_gate)
        {
            if (!_schemas.TryAdd(schema, new MemorySchema()))
            {
                throw MemoryErrors.SchemaAlreadyExists(CatalogName, schema);
            }
        }
    }

    public void DropSchema(string schema, bool cascade)
    {
        List<MemoryTable> dropped;
        lock (_gate)
        {
            if (!_schemas.TryGetValue(schema, out MemorySchema? contents))
            {
                throw MemoryErrors.SchemaNotFound(CatalogName, schema);
            }
            if (!contents.IsEmpty && !cascade)
            {
                throw MemoryErrors.SchemaNotEmpty(CatalogName, schema);
            }
            dropped = [.. contents.Tables.Values];
            foreach (MemoryTable table in dropped)
            {
                _tablesById.TryRemove(table.Id, out _);
            }
            _schemas.Remove(schema);
        }
        foreach (MemoryTable table in dropped)
        {
            Free(table.MarkDropped());
        }
    }

    /// <summary>Tables and views of one schema, or of all schemas, sorted by name.</summary>
    public IReadOnlyList<SchemaTableName> ListTables(string? schema)
    {
        var names = new List<SchemaTableName>();
        lock (_gate)
        {
            foreach (KeyValuePair<string, MemorySchema> entry in _schemas)
            {
                if (schema is not null && entry.Key != schema)
                {
                    continue;
                }
                foreach (string table in entry.Value.Tables.Keys)
                {
                    names.Add(new SchemaTableName(entry.Key, table));
                }
                foreach (string view in entry.Value.Views.Keys)
                {
                    names.Add(new SchemaTableName(entry.Key, view));
                }
            }
        }
        names.Sort(static (a, b) =>
        {
            int bySchema = string.CompareOrdinal(a.Schema, b.Schema);
            return bySchema != 0 ? bySchema : string.CompareOrdinal(a.Table, b.Table);
        });
        return names;
    }

    public MemoryTable? TryGetTable(SchemaTableName name)
    {
        lock (_gate)
        {
            return _schemas.TryGetValue(name.Schema, out MemorySchema? schema) && schema.Tables.TryGetValue(name.Table, out MemoryTable? table)
                ? table
                : null;
        }
    }

    /// <summary>The table a handle refers to; TABLE_NOT_FOUND once it was dropped.</summary>
    public MemoryTable GetTable(long tableId, SchemaTableName nameForMessage)
        => _tablesById.TryGetValue(tableId, out MemoryTable? table) ? table : throw MemoryErrors.TableNotFound(CatalogName, nameForMessage);

    public MemoryTable CreateTable(TableMetadata metadata)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var columns = new ColumnMetadata[metadata.Columns.Count];
        for (int i = 0; i < columns.Length; i++)
        {
            ColumnMetadata column = metadata.Columns[i];
            if (column.Name == MemoryColumnHandle.RowIdName)
            {
                throw MemoryErrors.ReservedColumnName(column.Name);
            }
            if (!seen.Add(column.Name))
            {
                throw MemoryErrors.DuplicateColumnName(column.Name);
            }
            columns[i] = column;
        }
        SchemaTableName name = metadata.Name;
        lock (_gate)
        {
            if (!_schemas.TryGetValue(name.Schema, out MemorySchema? schema))
            {
                throw MemoryErrors.SchemaNotFound(CatalogName, name.Schema);
            }
            if (schema.Tables.ContainsKey(name.Table))
            {
                throw MemoryErrors.TableAlreadyExists(CatalogName, name);
            }
            if (schema.Views.ContainsKey(name.Table))
            {
                throw MemoryErrors.ViewAlreadyExists(CatalogName, name);
            }
            var table = new MemoryTable(this, ++_nextTableId, name, columns, metadata.Comment);
            schema.Tables.Add(name.Table, table);
            _tablesById[table.Id] = table;
            return table;
        }
    }

    public void DropTable(long tableId, SchemaTableName nameForMessage)
    {
        MemoryTable table;
        lock (_gate)
        {
            if (!_tablesById.TryRemove(tableId, out MemoryTable? found))
            {
                throw MemoryErrors.TableNotFound(CatalogName, nameForMessage);
            }
            table = found;
            _schemas[table.Name.Schema].Tables.Remove(table.Name.Table);
        }
        Free(table.MarkDropped());
    }

    public void RenameTable(long tableId, SchemaTableName nameForMessage, SchemaTableName newName)
    {
        lock (_gate)
        {
            if (!_tablesById.TryGetValue(tableId, out MemoryTable? table))
            {
                throw MemoryErrors.TableNotFound(CatalogName, nameForMessage);
            }
            if (!_schemas.TryGetValue(newName.Schema, out MemorySchema? target))
            {
                throw MemoryErrors.TargetSchemaNotFound(CatalogName, newName.Schema);
            }
            if (target.Contains(newName.Table))
            {
                throw MemoryErrors.TargetTableAlreadyExists(CatalogName, newName);
            }
            _schemas[table.Name.Schema].Tables.Remove(table.Name.Table);
            target.Tables.Add(newName.Table, table);
            table.Name = newName;
        }
    }

    public ViewDefinition? GetView(SchemaTableName name)
    {
        lock (_gate)
        {
            return _schemas.TryGetValue(name.Schema, out MemorySchema? schema) && schema.Views.TryGetValue(name.Table, out ViewDefinition? view)
                ? view
                : null;
        }
    }

    public void CreateView(SchemaTableName name, ViewDefinition view, bool replace)
    {
        lock (_gate)
        {
            if (!_schemas.TryGetValue(name.Schema, out MemorySchema? schema))
            {
                throw MemoryErrors.SchemaNotFound(CatalogName, name.Schema);
            }
            if (schema.Tables.ContainsKey(name.Table))
            {
                throw MemoryErrors.TableAlreadyExists(CatalogName, name);
            }
            if (!replace && schema.Views.ContainsKey(name.Table))
            {
                throw MemoryErrors.ViewAlreadyExists(CatalogName, name);
            }
            schema.Views[name.Table] = view;
        }
    }

    public void DropView(SchemaTableName name)
    {
        lock (_gate)
        {
            if (!_schemas.TryGetValue(name.Schema, out MemorySchema? schema) || !schema.Views.Remove(name.Table))
            {
                throw MemoryErrors.ViewNotFound(CatalogName, name);
            }
        }
    }

    /// <summary>Drops everything and frees its memory (the connector is shutting down).</summary>
    public void Clear()
    {
        List<MemoryTable> tables;
        lock (_gate)
        {
            tables = [.. _tablesById.Values];
            _tablesById.Clear();
            _schemas.Clear();
            _schemas.Add(DefaultSchema, new MemorySchema());
        }
        foreach (MemoryTable table in tables)
        {
            Free(table.MarkDropped());
        }
    }
}
