using Manifold.Spi.Connectors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Memory;

public sealed class MemoryStatisticsTests
{
    [Fact]
    public void Empty_table_has_zero_rows()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        TableStatistics statistics = catalog.Metadata.GetTableStatistics(catalog.Session, table);
        Assert.Equal(0, statistics.RowCount);
        Assert.Equal(0, statistics.Columns["a"].DistinctCount);
    }

    [Fact]
    public void Row_count_null_fraction_and_range_are_exact()
    {
        using var catalog = new MemoryTestCatalog();
        SqlType money = SqlType.CreateDecimal(12, 2);
        SqlType zoned = SqlType.CreateTimestampWithTimeZone(3);
        ConnectorTableHandle table = catalog.CreateTable(
            "t", ("a", SqlType.BigInt), ("d", SqlType.Date), ("m", money), ("x", SqlType.Double), ("z", zoned), ("b", SqlType.Boolean));
        catalog.Insert(
            table,
            [5L, 100, 1999L, 1.5, new TimestampWithZone(2_000, 1), true],
            [null, 50, null, double.NaN, new TimestampWithZone(1_000, 2), null],
            [-7L, null, -1L, -0.5, null, false],
            [5L, 300, 1999L, null, new TimestampWithZone(3_000, 0), true]);

        TableStatistics statistics = catalog.Metadata.GetTableStatistics(catalog.Session, table);

        Assert.Equal(4, statistics.RowCount);
        Assert.Equal(new ColumnStatistics(2, 0.25, -7L, 5L), statistics.Columns["a"]);
        Assert.Equal(new ColumnStatistics(3, 0.25, 50, 300), statistics.Columns["d"]);
        Assert.Equal(new ColumnStatistics(2, 0.25, -1L, 1999L), statistics.Columns["m"]);
        Assert.Equal(new ColumnStatistics(3, 0.25, -0.5, 1.5), statistics.Columns["x"]);   // NaN counts as a value, not as a bound
        Assert.Equal(new ColumnStatistics(3, 0.25, new TimestampWithZone(1_000, 2), new TimestampWithZone(3_000, 0)), statistics.Columns["z"]);
        Assert.Equal(new ColumnStatistics(2, 0.25, false, true), statistics.Columns["b"]);
        Assert.DoesNotContain("$row_id", statistics.Columns.Keys);
    }

    [Fact]
    public void Variable_width_columns_have_distinct_count_and_average_size_but_no_range()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("s", SqlType.Varchar), ("u", SqlType.Uuid), ("l", SqlType.CreateArray(SqlType.BigInt)));
        catalog.Insert(
            table,
            ["ab", (Int128)1, new object?[] { 1L }],
            ["abcd", (Int128)2, new object?[] { 1L, 2L }],
            ["ab", null, new object?[] { 1L }],
            [null, (Int128)1, null]);

        TableStatistics statistics = catalog.Metadata.GetTableStatistics(catalog.Session, table);

        Assert.Equal(new ColumnStatistics(2, 0.25, AverageSize: 8.0 / 3), statistics.Columns["s"]);
        Assert.Equal(new ColumnStatistics(2, 0.25), statistics.Columns["u"]);
        Assert.Equal(new ColumnStatistics(2, 0.25), statistics.Columns["l"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(5_000)]
    [InlineData(50_000)]
    public void Distinct_count_is_close_to_the_truth(int distinct)
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("s", SqlType.Varchar));
        const int rows = 60_000;
        var values = new long[rows];
        var text = new string?[rows];
        for (int i = 0; i < rows; i++)
        {
            values[i] = (i * 7919L) % distinct;
            text[i] = "value-" + values[i];
        }
        catalog.InsertPages(table, catalog.Columns(table), new Page(rows, new FlatVector<long>(SqlType.BigInt, values), BytesVector.FromStrings(SqlType.Varchar, text)));

        TableStatistics statistics = catalog.Metadata.GetTableStatistics(catalog.Session, table);

        Assert.InRange(statistics.Columns["a"].DistinctCount!.Value, distinct * 0.95, distinct * 1.05);
        Assert.InRange(statistics.Columns["s"].DistinctCount!.Value, distinct * 0.95, distinct * 1.05);
        Assert.Equal(rows, statistics.RowCount);
    }

    [Fact]
    public void Statistics_are_cached_until_the_table_changes()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L]);
        TableStatistics first = catalog.Metadata.GetTableStatistics(catalog.Session, table);
        Assert.Same(first, catalog.Metadata.GetTableStatistics(catalog.Session, table));

        catalog.Insert(table, [2L]);

        TableStatistics second = catalog.Metadata.GetTableStatistics(catalog.Session, table);
        Assert.NotSame(first, second);
        Assert.Equal(2, second.RowCount);
        Assert.Equal(2L, second.Columns["a"].Max);
    }

    [Fact]
    public void Statistics_extended_insert_by_insert_match_statistics_computed_at_once()
    {
        using var incremental = new MemoryTestCatalog();
        using var atOnce = new MemoryTestCatalog();
        ConnectorTableHandle a = incremental.CreateTable("t", ("v", SqlType.BigInt), ("s", SqlType.Varchar));
        ConnectorTableHandle b = atOnce.CreateTable("t", ("v", SqlType.BigInt), ("s", SqlType.Varchar));
        var random = new Random(42);
        var all = new List<object?[]>();
        for (int insert = 0; insert < 12; insert++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 900))
                .Select(_ => new object?[] { random.Next(10) == 0 ? null : (long)random.Next(-5000, 5000), "s" + random.Next(3000) })
                .ToArray();
            all.AddRange(rows);
            incremental.Insert(a, rows);
            incremental.Metadata.GetTableStatistics(incremental.Session, a);   // each version builds on the last
        }
        atOnce.Insert(b, [.. all]);

        TableStatistics expected = atOnce.Metadata.GetTableStatistics(atOnce.Session, b);
        TableStatistics actual = incremental.Metadata.GetTableStatistics(incremental.Session, a);

        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.Columns["v"], actual.Columns["v"]);
        Assert.Equal(expected.Columns["s"], actual.Columns["s"]);
        Assert.Equal(all.Count(r => r[0] is null) / (double)all.Count, actual.Columns["v"].NullFraction!.Value, 12);
    }

    [Fact]
    public void Statistics_follow_deletes_updates_and_added_columns()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L], [3L], [100L]);
        catalog.Metadata.GetTableStatistics(catalog.Session, table);
        List<long> ids = catalog.RowIds(table);

        catalog.Metadata.DeleteRows(catalog.Session, table, new FlatVector<long>(SqlType.BigInt, [ids[3]]));
        Assert.Equal(new ColumnStatistics(3, 0, 1L, 3L), catalog.Metadata.GetTableStatistics(catalog.Session, table).Columns["a"]);

        catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, [ids[0]]), [catalog.Column(table, "a")],
            MemoryTestCatalog.PageOf([SqlType.BigInt], new object?[] { null }));
        Assert.Equal(new ColumnStatistics(2, 1.0 / 3, 2L, 3L), catalog.Metadata.GetTableStatistics(catalog.Session, table).Columns["a"]);

        catalog.Metadata.AddColumn(catalog.Session, table, new ColumnMetadata("b", SqlType.Double));
        TableStatistics statistics = catalog.Metadata.GetTableStatistics(catalog.Session, table);
        Assert.Equal(3, statistics.RowCount);
        Assert.Equal(new ColumnStatistics(0, 1), statistics.Columns["b"]);
    }
}
