using Manifold.Engine.Connectors.Tpch;
using Manifold.Spi.Connectors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Tpch;

/// <summary>Rows read through the connector's splits and page sources, rendered as dbgen text, equal the SF 0.01 fixtures.</summary>
public sealed class TpchPageSourceTests
{
    public static TheoryData<string> Tables => new(TpchDataWriter.TableNames);

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task All_columns_with_defaults_match_the_fixture(string table)
    {
        using var tpch = new TpchTestConnector();
        await AssertMatchesFixture(tpch, table, AllOrdinals(table), desiredSplits: 3);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Column_subsets_with_standard_names_decimals_and_tiny_pages_match_the_fixture(string table)
    {
        using var tpch = new TpchTestConnector(
            ("tpch.column-naming", "STANDARD"), ("tpch.double-type-mapping", "DECIMAL"), ("tpch.max-rows-per-page", "7"));
        var random = new Random(20240601 + table.Length);
        int[] all = AllOrdinals(table);
        for (int round = 0; round < 3; round++)
        {
            // A shuffled subset of 1..n columns, plus one of them repeated.
            int[] subset = all.OrderBy(_ => random.Next()).Take(random.Next(1, all.Length + 1)).ToArray();
            int[] ordinals = [.. subset, subset[random.Next(subset.Length)]];
            await AssertMatchesFixture(tpch, table, ordinals, desiredSplits: 1 + round * 4);
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Reversed_columns_with_many_splits_and_double_mapping_match_the_fixture(string table)
    {
        using var tpch = new TpchTestConnector(("tpch.max-rows-per-page", "100"));
        await AssertMatchesFixture(tpch, table, AllOrdinals(table).Reverse().ToArray(), desiredSplits: 1000);
    }

    public static TheoryData<string, int> LineItemAndOrdersColumns()
    {
        var data = new TheoryData<string, int>();
        foreach (string table in new[] { "lineitem", "orders", "part", "supplier", "customer", "partsupp" })
        {
            foreach (int ordinal in AllOrdinals(table))
            {
                data.Add(table, ordinal);
            }
        }
        return data;
    }

    /// <summary>A column alone must still draw the streams it depends on (extendedprice: part key and quantity;
    /// returnflag: ship and receipt dates; totalprice and orderstatus: the lines' streams).</summary>
    [Theory]
    [MemberData(nameof(LineItemAndOrdersColumns))]
    public async Task Each_column_alone_matches_the_fixture(string table, int ordinal)
    {
        using var tpch = new TpchTestConnector(("tpch.max-rows-per-page", "333"), ("tpch.double-type-mapping", ordinal % 2 == 0 ? "DOUBLE" : "DECIMAL"));
        await AssertMatchesFixture(tpch, table, [ordinal], desiredSplits: 3);
    }

    [Fact]
    public async Task Splits_starting_inside_the_table_match_the_fixture_at_any_boundary()
    {
        // Hand-made splits at odd boundaries: ranges of orders for lineitem, of parts for partsupp.
        using var tpch = new TpchTestConnector(("tpch.max-rows-per-page", "5"));
        foreach (string table in new[] { "lineitem", "partsupp", "orders", "customer" })
        {
            ConnectorTableHandle handle = tpch.Table("tiny", table);
            var tpchTable = TpchFixtures.ParseTable(table);
            long units = TpchScale.Create(0.01).UnitCount(tpchTable);
            long[] cuts = [0, 1, 2, 3, 7, 8, 999, 1000, 1001, 1499, units - 1, units];
            IReadOnlyList<ConnectorColumnHandle> columns = tpch.Metadata.GetColumnHandles(TpchTestConnector.Session, handle)
                .Where(c => c.Name != "row_number").ToList();
            var pages = new List<Page>();
            for (int i = 0; i + 1 < cuts.Length; i++)
            {
                var split = new TpchSplit(tpchTable, 0.01, cuts[i], cuts[i + 1]);
                using IConnectorPageSource source = tpch.Connector.PageSourceProvider.CreatePageSource(TpchTestConnector.Session, split, handle, columns);
                while (await source.GetNextPageAsync(CancellationToken.None) is { } page)
                {
                    pages.Add(page);
                }
            }
            AssertEqualRows(table, Project(TpchFixtures.TinyFields(tpchTable), AllOrdinals(table)), TpchTestConnector.Render(pages, QuantityChannels(table, AllOrdinals(table))));
        }
    }

    private static async Task AssertMatchesFixture(TpchTestConnector tpch, string table, int[] ordinals, int desiredSplits)
    {
        ConnectorTableHandle handle = tpch.Table("tiny", table);
        IReadOnlyList<ConnectorColumnHandle> all = tpch.Metadata.GetColumnHandles(TpchTestConnector.Session, handle);
        ConnectorColumnHandle[] columns = ordinals.Select(o => all[o]).ToArray();
        List<Page> pages = await tpch.ReadAsync(handle, columns, desiredSplits);
        Assert.All(pages, p => Assert.Equal(columns.Length, p.ColumnCount));
        List<string> actual = TpchTestConnector.Render(pages, QuantityChannels(table, ordinals));
        List<string> expected = Project(TpchFixtures.TinyFields(TpchFixtures.ParseTable(table)), ordinals);
        AssertEqualRows($"{table} [{string.Join(",", ordinals)}] in {desiredSplits} splits", expected, actual);
    }

    private static void AssertEqualRows(string what, List<string> expected, List<string> actual)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {actual.Count} rows, expected {expected.Count}");
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] == actual[i], $"{what}: row {i} is\n{actual[i]}\nexpected\n{expected[i]}");
        }
    }

    private static List<string> Project(string[][] lines, int[] ordinals)
    {
        var result = new List<string>(lines.Length);
        var line = new System.Text.StringBuilder();
        foreach (string[] fields in lines)
        {
            line.Clear();
            foreach (int ordinal in ordinals)
            {
                line.Append(fields[ordinal]).Append('|');
            }
            result.Add(line.ToString());
        }
        return result;
    }

    private static HashSet<int> QuantityChannels(string table, int[] ordinals)
    {
        var channels = new HashSet<int>();
        for (int i = 0; i < ordinals.Length; i++)
        {
            if (table == "lineitem" && ordinals[i] == 4)
            {
                channels.Add(i);
            }
        }
        return channels;
    }

    private static int[] AllOrdinals(string table)
        => Enumerable.Range(0, TpchSchema.Columns(TpchFixtures.ParseTable(table)).Length).ToArray();
}
