using Manifold.Engine.Connectors.SystemCatalog;
using Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;
using Manifold.Spi.Connectors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.SystemCatalog;

/// <summary>The system connector through the SPI: filter pushdown, paging, the registry and procedures.</summary>
public sealed class SystemConnectorTests
{
    private static readonly ConnectorSession s_session = new("20250101_000000_00000_test1", "tester", TimeZoneKey.Utc, DateTimeOffset.UnixEpoch);

    private static readonly SchemaTableName s_tableComments = new("metadata", "table_comments");

    private static ColumnDomain Equal(ConnectorColumnHandle column, params object[] values)
        => new(column, new Domain(SqlType.Varchar, values.Select(ValueRange.Single).ToArray(), NullAllowed: false));

    private static async Task<List<object?[]>> ReadAsync(IConnector connector, ConnectorTableHandle table, params string[] columnNames)
    {
        var handles = connector.Metadata.GetColumnHandles(s_session, table);
        var columns = columnNames.Length == 0 ? handles : columnNames.Select(n => handles.Single(h => h.Name == n)).ToList();
        var splits = await connector.SplitManager.GetSplitsAsync(s_session, table, 4, TestContext.Current.CancellationToken);
        var rows = new List<object?[]>();
        foreach (ConnectorSplit split in splits)
        {
            using IConnectorPageSource source = connector.PageSourceProvider.CreatePageSource(s_session, split, table, columns);
            while (await source.GetNextPageAsync(TestContext.Current.CancellationToken) is { } page)
            {
                for (int row = 0; row < page.RowCount; row++)
                {
                    rows.Add(Enumerable.Range(0, page.ColumnCount).Select(c => page[c].GetObject(row)).ToArray());
                }
            }
        }
        return rows;
    }

    private static ConnectorColumnHandle ColumnOf(IConnector connector, ConnectorTableHandle table, string name)
        => connector.Metadata.GetColumnHandles(s_session, table).Single(c => c.Name == name);

    [Fact]
    public async Task Equality_on_catalog_schema_and_table_is_pushed_exactly_and_visits_only_what_is_named()
    {
        var source = new CountingSource();
        var connector = new SystemConnector(SystemMetadataTables.Create(source));
        ConnectorTableHandle table = connector.Metadata.GetTableHandle(s_session, s_tableComments)!;
        var constraint = new Constraint(
        [
            Equal(ColumnOf(connector, table, "catalog_name"), "a"),
            Equal(ColumnOf(connector, table, "schema_name"), "s1"),
            Equal(ColumnOf(connector, table, "table_name"), "t2", "missing"),
        ]);

        FilterPushdownResult result = connector.Metadata.ApplyFilter(s_session, table, constraint)!;

        Assert.Equal([PushdownOutcome.Exact, PushdownOutcome.Exact, PushdownOutcome.Exact], result.Outcomes);
        var rows = await ReadAsync(connector, result.Table);
        Assert.Equal(["a.s1.t2"], rows.Select(r => $"{r[0]}.{r[1]}.{r[2]}"));
        Assert.Equal(0, source.Catalogs["b"].SchemaListings);     // catalog b was never asked
        Assert.Equal(0, source.Catalogs["a"].TableListings);      // the named tables were looked up, not listed
    }

    [Fact]
    public async Task Without_pushdown_every_catalog_schema_and_table_is_listed()
    {
        var source = new CountingSource();
        var connector = new SystemConnector(SystemMetadataTables.Create(source));
        ConnectorTableHandle table = connector.Metadata.GetTableHandle(s_session, s_tableComments)!;
        var rows = await ReadAsync(connector, table, "catalog_name", "table_name");
        Assert.Equal(["a.t1", "a.t2", "a.t1", "a.t2", "b.t1", "b.t2", "b.t1", "b.t2"], rows.Select(r => $"{r[0]}.{r[1]}"));
        Assert.Equal(2, source.Catalogs["b"].TableListings);
    }

    [Fact]
    public async Task In_lists_and_is_null_are_exact_while_ranges_stay_with_the_engine()
    {
        var connector = new SystemConnector(SystemMetadataTables.Create(new CountingSource()));
        ConnectorTableHandle table = connector.Metadata.GetTableHandle(s_session, new SchemaTableName("metadata", "catalogs"))!;
        ConnectorColumnHandle name = ColumnOf(connector, table, "catalog_name");
        var range = new ColumnDomain(name, new Domain(SqlType.Varchar, [new ValueRange("a", true, null, false)], NullAllowed: false));
        var isNull = new ColumnDomain(ColumnOf(connector, table, "connector_id"), new Domain(SqlType.Varchar, [], NullAllowed: true));

        FilterPushdownResult result = connector.Metadata.ApplyFilter(s_session, table, new Constraint([Equal(name, "b", "zzz"), range]))!;
        Assert.Equal([PushdownOutcome.Exact, PushdownOutcome.Unsupported], result.Outcomes);
        Assert.Equal(["b"], (await ReadAsync(connector, result.Table, "catalog_name")).Select(r => r[0]));

        FilterPushdownResult none = connector.Metadata.ApplyFilter(s_session, table, new Constraint([isNull]))!;
        Assert.Empty(await ReadAsync(connector, none.Table));
    }

    [Fact]
    public void Pushing_the_same_filter_again_changes_nothing_and_handles_compare_by_value()
    {
        var connector = new SystemConnector(SystemMetadataTables.Create(new CountingSource()));
        ConnectorTableHandle table = connector.Metadata.GetTableHandle(s_session, new SchemaTableName("metadata", "catalogs"))!;
        ConnectorColumnHandle name = ColumnOf(connector, table, "catalog_name");

        FilterPushdownResult first = connector.Metadata.ApplyFilter(s_session, table, new Constraint([Equal(name, "a", "b")]))!;
        FilterPushdownResult again = connector.Metadata.ApplyFilter(s_session, table, new Constraint([Equal(name, "b", "a")]))!;

        Assert.Null(connector.Metadata.ApplyFilter(s_session, first.Table, new Constraint([Equal(name, "b", "a")])));
        Assert.Equal(first.Table, again.Table);
        Assert.Equal(first.Table.GetHashCode(), again.Table.GetHashCode());
        Assert.NotEqual(table, first.Table);
    }

    [Fact]
    public void Conjuncts_on_the_same_column_intersect()
    {
        SystemTableConstraint constraint = SystemTableConstraint.None
            .Intersect("catalog_name", ["a", "b", "c"], nullAllowed: true)
            .Intersect("catalog_name", ["b", "c", "d"], nullAllowed: false);
        Assert.Equal(["b", "c"], constraint.StringValues("catalog_name"));
        Assert.False(constraint.Allows("catalog_name", null));
        Assert.False(constraint.Allows("catalog_name", "a"));
        Assert.True(constraint.Allows("other", "anything"));
        Assert.Null(constraint.StringValues("other"));
        Assert.Equal("catalog_name IN (b, c)", constraint.ToString());
    }

    [Fact]
    public async Task Large_tables_are_read_in_pages_and_a_scan_without_columns_counts_rows()
    {
        var connector = new SystemConnector([new NumbersTable(5000)]);
        ConnectorTableHandle table = connector.Metadata.GetTableHandle(s_session, new SchemaTableName("test", "numbers"))!;
        ConnectorSplit split = Assert.Single(await connector.SplitManager.GetSplitsAsync(s_session, table, 8, TestContext.Current.CancellationToken));

        using IConnectorPageSource source = connector.PageSourceProvider.CreatePageSource(s_session, split, table, []);
        var counts = new List<int>();
        while (await source.GetNextPageAsync(TestContext.Current.CancellationToken) is { } page)
        {
            Assert.Equal(0, page.ColumnCount);
            counts.Add(page.RowCount);
        }
        Assert.Equal([Page.DefaultMaxRowCount, Page.DefaultMaxRowCount, 5000 - 2 * Page.DefaultMaxRowCount], counts);
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => (object?)(long)i), (await ReadAsync(connector, table, "n")).Select(r => r[0]));
    }

    [Fact]
    public async Task Bigint_columns_accept_pushed_values()
    {
        var connector = new SystemConnector([new NumbersTable(100)]);
        ConnectorTableHandle table = connector.Metadata.GetTableHandle(s_session, new SchemaTableName("test", "numbers"))!;
        var domain = new ColumnDomain(ColumnOf(connector, table, "n"), new Domain(SqlType.BigInt, [ValueRange.Single(7L), ValueRange.Single(42L)], false));
        FilterPushdownResult result = connector.Metadata.ApplyFilter(s_session, table, new Constraint([domain]))!;
        Assert.Equal([PushdownOutcome.Exact], result.Outcomes);
        Assert.Equal([7L, 42L], (await ReadAsync(connector, result.Table)).Select(r => r[0]));
    }

    [Fact]
    public void Tables_and_procedures_define_the_schemas()
    {
        var procedure = new ProcedureDefinition("runtime", "kill_query", [new ProcedureArgument("query_id", SqlType.Varchar)], (_, _) => { });
        var connector = new SystemConnector([new NumbersTable(1)], [procedure]);
        Assert.Equal(["runtime", "test"], connector.Metadata.ListSchemaNames(s_session));
        Assert.Equal([new SchemaTableName("test", "numbers")], connector.Metadata.ListTables(s_session, "test"));
        Assert.Empty(connector.Metadata.ListTables(s_session, "runtime"));
        Assert.Null(connector.Metadata.GetTableHandle(s_session, new SchemaTableName("test", "missing")));
        Assert.Same(procedure, Assert.Single(connector.Procedures));
        Assert.Null(((IConnector)connector).PageSinkProvider);
    }

    [Fact]
    public void Two_tables_with_one_name_are_a_programming_error()
        => Assert.Throws<ArgumentException>(() => new SystemConnector([new NumbersTable(1), new NumbersTable(2)]));

    [Fact]
    public async Task A_row_of_the_wrong_width_fails_the_scan()
    {
        var connector = new SystemConnector([new BrokenTable()]);
        ConnectorTableHandle table = connector.Metadata.GetTableHandle(s_session, new SchemaTableName("test", "broken"))!;
        await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAsync(connector, table));
    }

    private sealed class NumbersTable(int count) : SystemTable("test", "numbers", [new ColumnMetadata("n", SqlType.BigInt)])
    {
        protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
        {
            for (long i = 0; i < count; i++)
            {
                yield return [i];
            }
        }
    }

    private sealed class BrokenTable() : SystemTable("test", "broken", [Varchar("a"), Varchar("b")])
    {
        protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
        {
            yield return ["only one"];
        }
    }

    /// <summary>Catalogs a and b, each with schemas s1 and s2 holding tables t1 and t2; counts the listings.</summary>
    private sealed class CountingSource : ISystemMetadataSource
    {
        public Dictionary<string, CountingMetadata> Catalogs { get; } = new() { ["a"] = new(), ["b"] = new() };

        public IReadOnlyList<SystemCatalogInfo> ListCatalogs(ConnectorSession session)
            => Catalogs.OrderBy(c => c.Key).Select(c => new SystemCatalogInfo(c.Key, c.Key, "fake", new FakeConnector(c.Value))).ToArray();

        public IReadOnlyList<PropertyMetadata> ListProperties(SystemCatalogInfo catalog, PropertyScope scope) => [];
    }

    private sealed class FakeConnector(IConnectorMetadata metadata) : IConnector
    {
        public IConnectorMetadata Metadata => metadata;

        public IConnectorSplitManager SplitManager => throw new NotSupportedException();

        public IConnectorPageSourceProvider PageSourceProvider => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }

    private sealed class CountingMetadata : IConnectorMetadata
    {
        public int SchemaListings { get; private set; }

        public int TableListings { get; private set; }

        public IReadOnlyList<string> ListSchemaNames(ConnectorSession session)
        {
            SchemaListings++;
            return ["s2", "s1"];
        }

        public IReadOnlyList<SchemaTableName> ListTables(ConnectorSession session, string? schema)
        {
            TableListings++;
            return [new(schema!, "t2"), new(schema!, "t1")];
        }

        public ConnectorTableHandle? GetTableHandle(ConnectorSession session, SchemaTableName name)
            => name.Table is "t1" or "t2" ? new Handle(name) : null;

        public TableMetadata GetTableMetadata(ConnectorSession session, ConnectorTableHandle table)
            => new(((Handle)table).Name, [new ColumnMetadata("x", SqlType.BigInt)]);

        public IReadOnlyList<ConnectorColumnHandle> GetColumnHandles(ConnectorSession session, ConnectorTableHandle table) => [];
    }

    private sealed record Handle(SchemaTableName Name) : ConnectorTableHandle;
}
