using Manifold.Spi.Connectors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.InformationSchema;

/// <summary>Builds the rows of an information_schema table from the target catalog's metadata.</summary>
internal sealed class InformationSchemaPageSourceProvider(string catalogName, IConnectorMetadata target) : IConnectorPageSourceProvider
{
    public IConnectorPageSource CreatePageSource(
        ConnectorSession session, ConnectorSplit split, ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns)
    {
        var handle = (InformationSchemaTableHandle)table;
        List<object?[]> rows = BuildRows(session, handle);
        ColumnMetadata[] allColumns = InformationSchemaTable.Tables[handle.Table];
        var vectors = new Vector[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            int index = ((InformationSchemaColumnHandle)columns[c]).Index;
            VectorBuilder builder = VectorBuilder.Create(allColumns[index].Type, rows.Count);
            foreach (object?[] row in rows)
            {
                builder.AppendObject(row[index]);
            }
            vectors[c] = builder.Build();
        }
        return new SinglePageSource(new Page(rows.Count, vectors));
    }

    private List<object?[]> BuildRows(ConnectorSession session, InformationSchemaTableHandle handle)
    {
        var rows = new List<object?[]>();
        IReadOnlyList<string> schemas = SchemaNames(session, handle.SchemaFilter);
        switch (handle.Table)
        {
            case "schemata":
                foreach (string schema in schemas)
                {
                    rows.Add([catalogName, schema]);
                }
                break;
            case "tables":
                foreach (var (name, isView) in Tables(session, schemas, handle.TableFilter))
                {
                    rows.Add([catalogName, name.Schema, name.Table, isView ? "VIEW" : "BASE TABLE"]);
                }
                break;
            case "views":
                foreach (var (name, isView) in Tables(session, schemas, handle.TableFilter))
                {
                    if (isView && target.GetView(session, name) is { } view)
                    {
                        rows.Add([catalogName, name.Schema, name.Table, view.Sql]);
                    }
                }
                break;
            case "columns":
                foreach (var (name, isView) in Tables(session, schemas, handle.TableFilter))
                {
                    IEnumerable<(string Name, SqlType Type, bool Nullable, string? Comment)> columns;
                    if (isView)
                    {
                        columns = target.GetView(session, name)?.Columns.Select(c => (c.Name, c.Type, true, (string?)null)) ?? [];
                    }
                    else if (target.GetTableHandle(session, name) is { } tableHandle)
                    {
                        columns = target.GetTableMetadata(session, tableHandle).Columns
                            .Where(c => !c.Hidden).Select(c => (c.Name, c.Type, c.Nullable, c.Comment));
                    }
                    else
                    {
                        continue;
                    }
                    long position = 1;
                    foreach (var column in columns)
                    {
                        rows.Add([catalogName, name.Schema, name.Table, column.Name, position++, null,
                            column.Nullable ? "YES" : "NO", column.Type.Name, column.Comment, null]);
                    }
                }
                break;
        }
        return rows;
    }

    private IReadOnlyList<string> SchemaNames(ConnectorSession session, string? filter)
    {
        var names = target.ListSchemaNames(session).Append(InformationSchemaTable.Schema).Distinct().Order(StringComparer.Ordinal);
        return filter is null ? names.ToArray() : names.Where(n => n == filter).ToArray();
    }

    private IEnumerable<(SchemaTableName Name, bool IsView)> Tables(ConnectorSession session, IReadOnlyList<string> schemas, string? tableFilter)
    {
        foreach (string schema in schemas)
        {
            IEnumerable<SchemaTableName> tables = schema == InformationSchemaTable.Schema
                ? InformationSchemaTable.Tables.Keys.Select(t => new SchemaTableName(schema, t))
                : target.ListTables(session, schema);
            foreach (SchemaTableName name in tables.OrderBy(t => t.Table, StringComparer.Ordinal))
            {
                if (tableFilter is not null && name.Table != tableFilter)
                {
                    continue;
                }
                bool isView = schema != InformationSchemaTable.Schema && target.GetTableHandle(session, name) is null
                    && target.GetView(session, name) is not null;
                yield return (name, isView);
            }
        }
    }

    private sealed class SinglePageSource(Page page) : IConnectorPageSource
    {
        private Page? _page = page;

        public ValueTask<Page?> GetNextPageAsync(CancellationToken cancellationToken)
        {
            Page? result = _page;
            _page = null;
            return ValueTask.FromResult(result);
        }

        public void Dispose()
        {
        }
    }
}
