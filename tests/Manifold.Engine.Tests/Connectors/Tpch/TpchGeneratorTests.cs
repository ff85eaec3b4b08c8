using Manifold.Engine.Connectors.Tpch;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Tpch;

public sealed class TpchGeneratorTests
{
    [Fact]
    public void Generating_pages_allocates_only_the_page_vectors()
    {
        _ = TpchTextPool.Bytes;
        var scale = TpchScale.Create(1);
        int[] all = Enumerable.Range(0, 16).ToArray();
        TpchGenerator generator = TpchGenerator.Create(TpchTable.LineItem, scale, TpchDoubleTypeMapping.Double, all, 0, scale.Orders);
        for (int i = 0; i < 5; i++)
        {
            generator.NextPage(Page.DefaultMaxRowCount);   // scratch arrays grow on the first page
        }

        long retained = 0;
        long rows = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Page page = generator.NextPage(Page.DefaultMaxRowCount)!;
            retained += page.RetainedBytes;
            rows += page.RowCount;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(100L * Page.DefaultMaxRowCount, rows);
        // Vector arrays are allocated at their exact sizes; the rest (vector and page objects) is a few hundred bytes a page.
        Assert.InRange(allocated, retained, retained + 100 * 2048);
    }

    [Theory]
    [InlineData(0.0001, 1, 15, 20, 150)]
    [InlineData(0.0003, 2, 44, 59, 449)]   // double products just below 60 and 450
    [InlineData(0.01, 100, 1500, 2000, 15000)]
    [InlineData(2.5, 25000, 375000, 500000, 3750000)]
    public void Table_sizes_follow_trinos_rounding(double scaleFactor, long suppliers, long customers, long parts, long orders)
    {
        var scale = TpchScale.Create(scaleFactor);
        Assert.Equal((suppliers, customers, parts, orders), (scale.Suppliers, scale.Customers, scale.Parts, scale.Orders));
    }

    [Fact]
    public void The_smallest_scale_factor_generates_every_table()
    {
        var scale = TpchScale.Create(0.0001);
        foreach (TpchTable table in TpchSchema.Tables)
        {
            int[] all = Enumerable.Range(0, TpchSchema.Columns(table).Length).ToArray();
            TpchGenerator generator = TpchGenerator.Create(table, scale, TpchDoubleTypeMapping.Decimal, all, 0, scale.UnitCount(table));
            long rows = 0;
            while (generator.NextPage(64) is { } page)
            {
                rows += page.RowCount;
            }
            if (table != TpchTable.LineItem)
            {
                Assert.Equal(scale.RowCount(table), rows);
            }
            else
            {
                Assert.InRange(rows, scale.Orders, 7 * scale.Orders);
            }
        }
    }

    [Fact]
    public void Skipping_ahead_equals_generating_the_rows_before()
    {
        // Independent of the fixtures: every unit boundary of the first 40 orders gives the same rows as one long run.
        var scale = TpchScale.Create(0.01);
        foreach (TpchTable table in new[] { TpchTable.LineItem, TpchTable.Orders, TpchTable.PartSupp, TpchTable.Part, TpchTable.Supplier, TpchTable.Customer })
        {
            (long _, byte[] whole) = TpchReferenceDataTests.Render(table, scale, 0, 40, 7);
            var pieces = new List<byte>();
            for (int start = 0; start < 40; start += 3)
            {
                pieces.AddRange(TpchReferenceDataTests.Render(table, scale, start, Math.Min(40, start + 3), 2).Bytes);
            }
            Assert.Equal(whole, pieces.ToArray());
        }
    }

    [Fact]
    public void Ranges_outside_the_table_are_rejected()
    {
        var scale = TpchScale.Create(0.01);
        Assert.Throws<ArgumentOutOfRangeException>(() => TpchGenerator.Create(TpchTable.Nation, scale, TpchDoubleTypeMapping.Double, [0], 0, 26));
        Assert.Throws<ArgumentOutOfRangeException>(() => TpchGenerator.Create(TpchTable.Orders, scale, TpchDoubleTypeMapping.Double, [0], 5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => TpchGenerator.Create(TpchTable.Region, scale, TpchDoubleTypeMapping.Double, [3], 0, 5));
    }
}
