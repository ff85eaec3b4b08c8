using System.Globalization;
using System.Text;
using Manifold.Engine.Connectors.Memory;
using Manifold.Spi.Connectors;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Memory;

/// <summary>A memory catalog created through its factory, with helpers to create, fill and read tables.</summary>
internal sealed class MemoryTestCatalog : IDisposable
{
    public MemoryTestCatalog(IReadOnlyDictionary<string, string>? properties = null, long nodeLimit = long.MaxValue, string catalog = "memory")
    {
        Node = new MemoryContext("node", nodeLimit);
        Connector = new MemoryConnectorFactory().Create(catalog, properties ?? new Dictionary<string, string>(), new ConnectorContext(Node, TimeProvider.System));
    }

    public MemoryContext Node { get; }

    public IConnector Connector { get; }

    public IConnectorMetadata Metadata => Connector.Metadata;

    public ConnectorSession Session { get; } = new("20250101_000000_00000_test1", "tester", TimeZoneKey.Utc, DateTimeOffset.UnixEpoch);

    public ConnectorTableHandle CreateTable(string name, params (string Name, SqlType Type)[] columns)
    {
        SchemaTableName tableName = Name(name);
        Metadata.CreateTable(Session, new TableMetadata(tableName, columns.Select(c => new ColumnMetadata(c.Name, c.Type)).ToList()));
        return Handle(name);
    }

    public ConnectorTableHandle Handle(string name)
        => Metadata.GetTableHandle(Session, Name(name)) ?? throw new InvalidOperationException($"No table {name}");

    /// <summary>The visible columns, in table order.</summary>
    public IReadOnlyList<ConnectorColumnHandle> Columns(ConnectorTableHandle table)
    {
        TableMetadata metadata = Metadata.GetTableMetadata(Session, table);
        var visible = new HashSet<string>(metadata.Columns.Where(c => !c.Hidden).Select(c => c.Name));
        return Metadata.GetColumnHandles(Session, table).Where(h => visible.Contains(h.Name)).ToList();
    }

    public ConnectorColumnHandle Column(ConnectorTableHandle table, string name)
        => Metadata.GetColumnHandles(Session, table).Single(h => h.Name == name);

    public SqlType[] Types(ConnectorTableHandle table)
        => Metadata.GetTableMetadata(Session, table).Columns.Where(c => !c.Hidden).Select(c => c.Type).ToArray();

    /// <summary>Inserts rows into all visible columns through one sink.</summary>
    public void Insert(ConnectorTableHandle table, params object?[][] rows)
        => InsertPages(table, Columns(table), PageOf(Types(table), rows));

    /// <summary>Inserts pages into <paramref name="columns"/> through one sink and commits.</summary>
    public void InsertPages(ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns, params Page[] pages)
    {
        ConnectorInsertTableHandle insert = Metadata.BeginInsert(Session, table, columns);
        IConnectorPageSink sink = Connector.PageSinkProvider!.CreatePageSink(Session, insert);
        foreach (Page page in pages)
        {
            sink.AppendAsync(page, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        IReadOnlyList<object> fragments = sink.FinishAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Metadata.FinishInsert(Session, insert, fragments);
    }

    public IReadOnlyList<ConnectorSplit> Splits(ConnectorTableHandle table, int desired = 4)
        => Connector.SplitManager.GetSplitsAsync(Session, table, desired, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public List<Page> ReadPages(ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns, IReadOnlyList<ConnectorSplit> splits)
    {
        var pages = new List<Page>();
        foreach (ConnectorSplit split in splits)
        {
            using IConnectorPageSource source = Connector.PageSourceProvider.CreatePageSource(Session, split, table, columns);
            while (source.GetNextPageAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() is { } page)
            {
                pages.Add(page);
            }
        }
        return pages;
    }

    /// <summary>All rows of the given columns (default: the visible ones), rendered as strings.</summary>
    public List<string> Read(ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle>? columns = null, int desiredSplits = 4)
    {
        columns ??= Columns(table);
        return Rows(ReadPages(table, columns, Splits(table, desiredSplits)));
    }

    /// <summary>The row ids of all rows, in scan order.</summary>
    public List<long> RowIds(ConnectorTableHandle table)
    {
        ConnectorColumnHandle rowId = Metadata.GetRowIdColumnHandle(Session, table)!;
        var ids = new List<long>();
        foreach (Page page in ReadPages(table, [rowId], Splits(table, 1)))
        {
            for (int i = 0; i < page.RowCount; i++)
            {
                ids.Add((long)page[0].GetObject(i)!);
            }
        }
        return ids;
    }

    public void Dispose() => Connector.Dispose();

    public static SchemaTableName Name(string name)
    {
        string[] parts = name.Split('.');
        return parts.Length == 1 ? new SchemaTableName("default", parts[0]) : new SchemaTableName(parts[0], parts[1]);
    }

    public static Page PageOf(SqlType[] types, params object?[][] rows)
    {
        var columns = new Vector[types.Length];
        for (int c = 0; c < types.Length; c++)
        {
            VectorBuilder builder = VectorBuilder.Create(types[c], rows.Length);
            foreach (object?[] row in rows)
            {
                builder.AppendObject(row[c]);
            }
            columns[c] = builder.Build();
        }
        return new Page(rows.Length, columns);
    }

    public static List<string> Rows(IEnumerable<Page> pages)
    {
        var rows = new List<string>();
        foreach (Page page in pages)
        {
            for (int r = 0; r < page.RowCount; r++)
            {
                var text = new StringBuilder("(");
                for (int c = 0; c < page.ColumnCount; c++)
                {
                    text.Append(c == 0 ? "" : ", ").Append(Render(page[c].GetObject(r)));
                }
                rows.Add(text.Append(')').ToString());
            }
        }
        return rows;
    }

    public static string Render(object? value) => value switch
    {
        null => "NULL",
        string text => "'" + text + "'",
        byte[] bytes => "X'" + Convert.ToHexString(bytes) + "'",
        object?[] items => "[" + string.Join(", ", items.Select(Render)) + "]",
        MapValue map => "{" + string.Join(", ", map.Entries.Select(e => Render(e.Key) + ": " + Render(e.Value))) + "}",
        TimestampWithZone t => $"tz({t.EpochMicros}, {t.ZoneKey})",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
