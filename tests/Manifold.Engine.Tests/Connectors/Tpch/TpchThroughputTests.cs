using System.Diagnostics;
using Manifold.Engine.Connectors.Tpch;
using Manifold.Spi.Connectors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Tpch;

/// <summary>Generation speed figures (printed, not asserted: timing depends on the machine). Run in Release:
/// <c>dotnet test -c Release --filter "FullyQualifiedName~TpchThroughputTests"</c>.</summary>
[Trait("Category", "Slow")]
public sealed class TpchThroughputTests
{
    [Fact]
    public async Task Sf1_lineitem_all_columns_through_page_sources_on_two_threads()
    {
        _ = TpchTextPool.Bytes;   // built once per process; not part of the figure
        using var tpch = new TpchTestConnector();
        ConnectorTableHandle table = tpch.Table("sf1", "lineitem");
        IReadOnlyList<ConnectorColumnHandle> columns = tpch.Metadata.GetColumnHandles(TpchTestConnector.Session, table)
            .Where(c => c.Name != "row_number").ToList();
        IReadOnlyList<ConnectorSplit> splits = await tpch.Connector.SplitManager.GetSplitsAsync(
            TpchTestConnector.Session, table, 16, CancellationToken.None);

        var (wall, cpu) = await Measure(async () =>
        {
            int next = -1;
            long[] rows = new long[2];
            Task[] workers = new Task[2];
            for (int w = 0; w < workers.Length; w++)
            {
                int worker = w;
                workers[w] = Task.Run(async () =>
                {
                    int index;
                    while ((index = Interlocked.Increment(ref next)) < splits.Count)
                    {
                        using IConnectorPageSource source = tpch.Connector.PageSourceProvider.CreatePageSource(
                            TpchTestConnector.Session, splits[index], table, columns);
                        while (await source.GetNextPageAsync(CancellationToken.None) is { } page)
                        {
                            rows[worker] += page.RowCount;
                        }
                    }
                });
            }
            await Task.WhenAll(workers);
            Assert.Equal(6_001_215, rows[0] + rows[1]);
        });
        Report($"SF1 lineitem, 16 columns, 2 threads: {6_001_215 / wall.TotalSeconds / 1e6:F2} M rows/s wall " +
               $"({wall.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU, {6_001_215 / cpu.TotalSeconds / 1e6:F2} M rows per CPU second)");
    }

    [Fact]
    public async Task Sf1_tbl_files_write_time()
    {
        _ = TpchTextPool.Bytes;
        string directory = Path.Combine(Path.GetTempPath(), "manifold-tpch-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            IReadOnlyList<TpchWrittenFile> files = [];
            var (wall, cpu) = await Measure(async () =>
                files = await TpchDataWriter.WriteAsync(new TpchDataWriterOptions(1, directory), CancellationToken.None));
            long bytes = files.Sum(f => f.Bytes);
            Report($"SF1 .tbl files ({bytes / 1e6:F0} MB, {files.Sum(f => f.Rows)} rows): {wall.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU " +
                   $"({bytes / 1e6 / wall.TotalSeconds:F0} MB/s)");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> Measure(Func<Task> action)
    {
        using var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await action();
        stopwatch.Stop();
        process.Refresh();
        return (stopwatch.Elapsed, process.TotalProcessorTime - cpuBefore);
    }

    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.Error.WriteLine(line);
    }
}
