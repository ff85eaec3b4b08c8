using Manifold.Engine.Connectors.Tpch;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Tpch;

public sealed class TpchConnectorTests
{
    private static readonly ConnectorSession s_session = TpchTestConnector.Session;

    [Fact]
    public void Factory_is_named_tpch()
    {
        Assert.Equal("tpch", new TpchConnectorFactory().Name);
    }

    [Fact]
    public void Lists_tiny_and_the_usual_scale_factors()
    {
        using var tpch = new TpchTestConnector();
        IReadOnlyList<string> schemas = tpch.Metadata.ListSchemaNames(s_session);
        Assert.Equal("tiny", schemas[0]);
        Assert.Subset(schemas.ToHashSet(), new HashSet<string> { "tiny", "sf1", "sf10", "sf100", "sf1000" });
        Assert.Equal(8, tpch.Metadata.ListTables(s_session, "tiny").Count);
        Assert.Equal(8, tpch.Metadata.ListTables(s_session, "sf0.5").Count);
        Assert.Empty(tpch.Metadata.ListTables(s_session, "nope"));
        Assert.Equal(8 * schemas.Count, tpch.Metadata.ListTables(s_session, null).Count);
        Assert.Equal(
            ["customer", "orders", "lineitem", "part", "partsupp", "supplier", "nation", "region"],
            tpch.Metadata.ListTables(s_session, "sf1").Select(t => t.Table));
    }

    [Theory]
    [InlineData("tiny", 0.01)]
    [InlineData("sf1", 1)]
    [InlineData("sf10", 10)]
    [InlineData("sf0.1", 0.1)]
    [InlineData("sf2", 2)]
    [InlineData("sf2.5", 2.5)]
    [InlineData("sf100000", 100000)]
    public void Any_positive_sf_schema_resolves(string schema, double scaleFactor)
    {
        using var tpch = new TpchTestConnector();
        var handle = Assert.IsType<TpchTableHandle>(tpch.Metadata.GetTableHandle(s_session, new SchemaTableName(schema, "orders")));
        Assert.Equal(scaleFactor, handle.ScaleFactor);
        Assert.Equal(schema, tpch.Metadata.GetTableMetadata(s_session, handle).Name.Schema);
    }

    [Theory]
    [InlineData("default", "orders")]
    [InlineData("sf", "orders")]
    [InlineData("sf0", "orders")]
    [InlineData("sf-1", "orders")]
    [InlineData("sfx", "orders")]
    [InlineData("sf1e3", "orders")]
    [InlineData("sf.5", "orders")]
    [InlineData("sf1.", "orders")]
    [InlineData("sf0.00001", "orders")]
    [InlineData("sf99999999", "orders")]
    [InlineData("tiny", "order")]
    [InlineData("tiny", "l_orderkey")]
    [InlineData("information_schema", "tables")]
    public void Unknown_schema_or_table_has_no_handle(string schema, string table)
    {
        using var tpch = new TpchTestConnector();
        Assert.Null(tpch.Metadata.GetTableHandle(s_session, new SchemaTableName(schema, table)));
    }

    [Fact]
    public void Lineitem_columns_are_named_and_typed_as_in_trino()
    {
        using var tpch = new TpchTestConnector();
        TableMetadata metadata = tpch.Metadata.GetTableMetadata(s_session, tpch.Table("tiny", "lineitem"));
        Assert.Equal(new SchemaTableName("tiny", "lineitem"), metadata.Name);
        Assert.Equal(
            "orderkey bigint, partkey bigint, suppkey bigint, linenumber integer, quantity double, extendedprice double, " +
            "discount double, tax double, returnflag varchar(1), linestatus varchar(1), shipdate date, commitdate date, " +
            "receiptdate date, shipinstruct varchar(25), shipmode varchar(10), comment varchar(44), row_number bigint",
            string.Join(", ", metadata.Columns.Select(c => $"{c.Name} {c.Type}")));
        Assert.All(metadata.Columns, c => Assert.False(c.Nullable));
        Assert.Equal([.. Enumerable.Repeat(false, 16), true], metadata.Columns.Select(c => c.Hidden));
    }

    [Fact]
    public void Standard_naming_and_decimal_mapping_change_names_and_money_types()
    {
        using var tpch = new TpchTestConnector(("tpch.column-naming", "STANDARD"), ("tpch.double-type-mapping", "DECIMAL"));
        TableMetadata orders = tpch.Metadata.GetTableMetadata(s_session, tpch.Table("tiny", "orders"));
        Assert.Equal(
            "o_orderkey bigint, o_custkey bigint, o_orderstatus varchar(1), o_totalprice decimal(12,2), o_orderdate date, " +
            "o_orderpriority varchar(15), o_clerk varchar(15), o_shippriority integer, o_comment varchar(79), row_number bigint",
            string.Join(", ", orders.Columns.Select(c => $"{c.Name} {c.Type}")));
        TableMetadata lineitem = tpch.Metadata.GetTableMetadata(s_session, tpch.Table("tiny", "lineitem"));
        Assert.Equal(SqlType.CreateDecimal(12, 2), lineitem.Columns.Single(c => c.Name == "l_quantity").Type);
        Assert.Equal(SqlType.CreateDecimal(12, 2), lineitem.Columns.Single(c => c.Name == "l_discount").Type);
    }

    [Fact]
    public void Every_table_has_trinos_varchar_lengths()
    {
        using var tpch = new TpchTestConnector(("tpch.column-naming", "standard"));
        var expected = new Dictionary<string, int>
        {
            ["n_name"] = 25,
            ["n_comment"] = 152,
            ["r_name"] = 25,
            ["r_comment"] = 152,
            ["p_name"] = 55,
            ["p_mfgr"] = 25,
            ["p_brand"] = 10,
            ["p_type"] = 25,
            ["p_container"] = 10,
            ["p_comment"] = 23,
            ["s_name"] = 25,
            ["s_address"] = 40,
            ["s_phone"] = 15,
            ["s_comment"] = 101,
            ["ps_comment"] = 199,
            ["c_name"] = 25,
            ["c_address"] = 40,
            ["c_phone"] = 15,
            ["c_mktsegment"] = 10,
            ["c_comment"] = 117,
            ["o_orderstatus"] = 1,
            ["o_orderpriority"] = 15,
            ["o_clerk"] = 15,
            ["o_comment"] = 79,
            ["l_returnflag"] = 1,
            ["l_linestatus"] = 1,
            ["l_shipinstruct"] = 25,
            ["l_shipmode"] = 10,
            ["l_comment"] = 44,
        };
        var actual = new Dictionary<string, int>();
        foreach (SchemaTableName name in tpch.Metadata.ListTables(s_session, "tiny"))
        {
            foreach (ColumnMetadata column in tpch.Metadata.GetTableMetadata(s_session, tpch.Table("tiny", name.Table)).Columns)
            {
                if (column.Type is VarcharType varchar)
                {
                    actual[column.Name] = varchar.Length!.Value;
                }
            }
        }
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData("tpch.column-naming", "LONG")]
    [InlineData("tpch.column-naming", "")]
    [InlineData("tpch.double-type-mapping", "FLOAT")]
    [InlineData("tpch.max-rows-per-page", "0")]
    [InlineData("tpch.max-rows-per-page", "many")]
    [InlineData("tpch.max-rows-per-page", "1000000")]
    [InlineData("tpch.splits-per-node", "-2")]
    [InlineData("tpch.predicate-pushdown-enabled", "maybe")]
    [InlineData("tpch.colum-naming", "STANDARD")]
    public void Bad_property_fails_with_configuration_invalid_naming_it(string name, string value)
    {
        var exception = Assert.Throws<ManifoldException>(() => new TpchTestConnector((name, value)));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, exception.ErrorCode);
        Assert.Contains($"'{name}'", exception.Message);
    }

    [Fact]
    public void Good_properties_are_accepted_in_any_case()
    {
        using var tpch = new TpchTestConnector(
            ("tpch.column-naming", "Simplified"), ("tpch.double-type-mapping", "double"), ("tpch.max-rows-per-page", "100"),
            ("tpch.splits-per-node", "4"), ("tpch.partitioning-enabled", "false"));
        Assert.NotNull(tpch.Metadata.GetTableHandle(s_session, new SchemaTableName("tiny", "nation")));
    }

    [Theory]
    [InlineData("lineitem", 1, 1)]
    [InlineData("lineitem", 4, 4)]
    [InlineData("lineitem", 1000, 29)]
    [InlineData("orders", 3, 3)]
    [InlineData("orders", 0, 1)]
    [InlineData("nation", 8, 1)]
    [InlineData("region", 8, 1)]
    [InlineData("supplier", 8, 1)]
    public async Task Splits_are_contiguous_ranges_covering_the_table(string table, int desired, int expected)
    {
        using var tpch = new TpchTestConnector();
        ConnectorTableHandle handle = tpch.Table("tiny", table);
        IReadOnlyList<ConnectorSplit> splits = await tpch.Connector.SplitManager.GetSplitsAsync(s_session, handle, desired, CancellationToken.None);

        Assert.Equal(expected, splits.Count);
        long next = 0;
        foreach (TpchSplit split in splits.Cast<TpchSplit>())
        {
            Assert.Equal(next, split.StartUnit);
            Assert.True(split.EndUnit > split.StartUnit);
            next = split.EndUnit;
        }
        Assert.Equal(TpchScale.Create(0.01).UnitCount(TpchFixtures.ParseTable(table)), next);
    }

    [Fact]
    public async Task Splits_per_node_overrides_the_hint()
    {
        using var tpch = new TpchTestConnector(("tpch.splits-per-node", "5"));
        IReadOnlyList<ConnectorSplit> splits = await tpch.Connector.SplitManager.GetSplitsAsync(
            s_session, tpch.Table("sf1", "lineitem"), 64, CancellationToken.None);
        Assert.Equal(5, splits.Count);
    }

    [Fact]
    public async Task Big_scale_factors_split_without_generating_anything()
    {
        using var tpch = new TpchTestConnector();
        ConnectorTableHandle handle = tpch.Table("sf100000", "lineitem");
        IReadOnlyList<ConnectorSplit> splits = await tpch.Connector.SplitManager.GetSplitsAsync(s_session, handle, 16, CancellationToken.None);
        var last = (TpchSplit)splits[^1];
        Assert.Equal(150_000_000_000, last.EndUnit);

        // The last split starts 140 billion orders in; its first page comes at once.
        using IConnectorPageSource source = tpch.Connector.PageSourceProvider.CreatePageSource(
            s_session, last, handle, [tpch.Column(handle, "orderkey"), tpch.Column(handle, "partkey")]);
        Page page = (await source.GetNextPageAsync(CancellationToken.None))!;
        Assert.Equal(Page.DefaultMaxRowCount, page.RowCount);
        long firstOrderKey = ((FlatVector<long>)page[0]).Get(0);
        Assert.Equal(TpchKeys.OrderKey(last.StartUnit + 1), firstOrderKey);
        Assert.InRange(((FlatVector<long>)page[1]).Get(0), 1, 20_000_000_000);
    }

    [Fact]
    public async Task Pages_hold_at_most_the_configured_rows()
    {
        using var tpch = new TpchTestConnector(("tpch.max-rows-per-page", "7"));
        ConnectorTableHandle handle = tpch.Table("tiny", "lineitem");
        List<Page> pages = await tpch.ReadAsync(handle, [tpch.Column(handle, "linenumber")], 3);
        Assert.All(pages, p => Assert.InRange(p.RowCount, 1, 7));
        Assert.Equal(60_175, pages.Sum(p => p.RowCount));

        using var defaults = new TpchTestConnector();
        pages = await defaults.ReadAsync(handle, [defaults.Column(handle, "linenumber")], 1);
        Assert.All(pages, p => Assert.InRange(p.RowCount, 1, Page.DefaultMaxRowCount));
        Assert.Equal(Page.DefaultMaxRowCount, pages[0].RowCount);
    }

    [Theory]
    [InlineData("region", 5)]
    [InlineData("nation", 25)]
    [InlineData("supplier", 100)]
    [InlineData("customer", 1500)]
    [InlineData("part", 2000)]
    [InlineData("partsupp", 8000)]
    [InlineData("orders", 15000)]
    [InlineData("lineitem", 60175)]
    public async Task Zero_column_scans_return_row_counts_only(string table, long rows)
    {
        using var tpch = new TpchTestConnector(("tpch.max-rows-per-page", "1000"));
        List<Page> pages = await tpch.ReadAsync(tpch.Table("tiny", table), [], 4);
        Assert.All(pages, p => Assert.Equal(0, p.ColumnCount));
        Assert.All(pages, p => Assert.InRange(p.RowCount, 1, 1000));
        Assert.Equal(rows, pages.Sum(p => (long)p.RowCount));
    }

    [Fact]
    public async Task Row_number_is_trinos_row_number()
    {
        using var tpch = new TpchTestConnector();
        ConnectorTableHandle lineitem = tpch.Table("tiny", "lineitem");
        List<Page> pages = await tpch.ReadAsync(lineitem, [tpch.Column(lineitem, "row_number"), tpch.Column(lineitem, "orderkey")], 2);
        long[] numbers = pages.SelectMany(p => ((FlatVector<long>)p[0]).Span.ToArray()).ToArray();
        long[] keys = pages.SelectMany(p => ((FlatVector<long>)p[1]).Span.ToArray()).ToArray();
        Assert.Equal(keys, numbers.Select(TpchKeys.OrderKey));   // lineitem: the order's index

        ConnectorTableHandle nation = tpch.Table("tiny", "nation");
        pages = await tpch.ReadAsync(nation, [tpch.Column(nation, "row_number")], 1);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => (long)i), ((FlatVector<long>)pages.Single()[0]).Span.ToArray());

        ConnectorTableHandle partsupp = tpch.Table("tiny", "partsupp");
        pages = await tpch.ReadAsync(partsupp, [tpch.Column(partsupp, "row_number"), tpch.Column(partsupp, "partkey")], 2);
        Assert.All(pages, p => Assert.Equal(((FlatVector<long>)p[1]).Span.ToArray(), ((FlatVector<long>)p[0]).Span.ToArray()));
    }

    [Fact]
    public void Statistics_give_row_counts_and_key_ranges_from_the_scale_factor()
    {
        using var tpch = new TpchTestConnector();
        TableStatistics orders = tpch.Metadata.GetTableStatistics(s_session, tpch.Table("sf1", "orders"));
        Assert.Equal(1_500_000, orders.RowCount);
        Assert.Equal(new ColumnStatistics(1_500_000, 0, 1L, 6_000_000L), orders.Columns["orderkey"]);
        Assert.Equal(3, orders.Columns["orderstatus"].DistinctCount);
        Assert.Equal(new ColumnStatistics(2406, 0, 8035, 10440), orders.Columns["orderdate"]);   // 1992-01-01 .. 1998-08-02

        TableStatistics lineitem = tpch.Metadata.GetTableStatistics(s_session, tpch.Table("sf1", "lineitem"));
        Assert.Equal(6_001_215, lineitem.RowCount);
        Assert.Equal(16, lineitem.Columns.Count);
        Assert.All(lineitem.Columns.Values, c => Assert.Equal(0, c.NullFraction));
        Assert.Equal(0.0, lineitem.Columns["discount"].Min);
        Assert.Equal(0.1, lineitem.Columns["discount"].Max);

        using var decimals = new TpchTestConnector(("tpch.column-naming", "standard"), ("tpch.double-type-mapping", "decimal"));
        TableStatistics lineitemDecimal = decimals.Metadata.GetTableStatistics(s_session, decimals.Table("tiny", "lineitem"));
        Assert.Equal(60_175, lineitemDecimal.RowCount);
        Assert.Equal(10L, lineitemDecimal.Columns["l_discount"].Max);
        Assert.Equal(5000L, lineitemDecimal.Columns["l_quantity"].Max);

        TableStatistics sf7 = tpch.Metadata.GetTableStatistics(s_session, tpch.Table("sf7", "lineitem"));
        Assert.Equal(4 * 10_500_000, sf7.RowCount);   // no known exact count: 4 lines per order
    }
}
