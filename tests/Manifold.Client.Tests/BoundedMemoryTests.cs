namespace Manifold.Client.Tests;

/// <summary>The reader holds at most two pages (the one being read and the one prefetched), whatever the result size.
/// The coordinator runs in this process, so the process heap includes the server's buffers: the test checks what the
/// reader itself holds, and reports the heap. `Manifold.Bench client` measures the client heap in its own process
/// (about 13 MB while reading all of tpch.sf1.lineitem).</summary>
public sealed class BoundedMemoryTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Reading_all_of_sf1_lineitem_holds_at_most_two_pages()
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT * FROM tpch.sf1.lineitem", connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(token);
        long rows = 0;
        long peakHeap = 0;
        while (await reader.ReadAsync(token))
        {
            reader.GetInt64(0);
            reader.GetDecimal(5);
            reader.GetString(15);
            if ((++rows & 0x3FFFF) == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
            }
        }
        Assert.Equal(6_001_215, rows);
        Assert.InRange(reader.PeakHeldPages, 1, 2);
        // Pages are at most targetResultSize (16 MB) plus one row; pooled buffers round up to a power of two.
        Assert.InRange(reader.PeakBufferedBytes, 1, 2 * 32L * 1024 * 1024);
        TestContext.Current.TestOutputHelper?.WriteLine($"peak held by the reader: {reader.PeakBufferedBytes / 1048576.0:0.0} MB in {reader.PeakHeldPages} pages; "
            + $"process managed heap (client + in-process server) peak {peakHeap / 1048576.0:0} MB");
        Assert.True(peakHeap < 1024L * 1024 * 1024, $"process heap {peakHeap / 1048576} MB");
    }
}
