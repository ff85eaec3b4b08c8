using System.Diagnostics;
using System.Globalization;
using Manifold.Bench.Cancel;
using Manifold.Engine.Execution.Scheduling;
using Manifold.Engine.Runtime;

namespace Manifold.Bench.CancelLatency;

/// <summary>The <c>cancel</c> command: starts each long workload, cancels it once rows flow (or once an operator inside
/// has processed rows, plus <c>--after-ms</c>), and reports how long the reader took to stop and how long until no worker ran, as median and
/// p95 over the runs. The target is 100 ms.</summary>
internal static class CancelBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int runs = 10;
        int afterMs = 0;
        string? filter = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int value) && value > 0:
                    runs = value;
                    i++;
                    break;
                case "--after-ms" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int after) && after >= 0:
                    afterMs = after;
                    i++;
                    break;
                case "--filter" when i + 1 < args.Length:
                    filter = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'");
                    return 2;
            }
        }
        using ManifoldEngine engine = ManifoldEngine.Create();
        // The TPC-H text pool is built once per process (about a second, not cancellable): keep it out of the figures.
        await using (QueryResult warm = await engine.ExecuteAsync(engine.CreateSession(), "SELECT max(comment) FROM tpch.tiny.orders"))
        {
            await warm.ReadAllRowsAsync();
        }
        Console.WriteLine($"{"workload",-36} {"runs",4} {"stop p50",9} {"stop p95",9} {"idle p50",9} {"idle p95",9} {"started after",14}");
        bool allFast = true;
        foreach (CancelWorkloads.Workload workload in CancelWorkloads.All)
        {
            if (filter is not null && !workload.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var stops = new List<double>();
            var idles = new List<double>();
            var starts = new List<double>();
            for (int run = 0; run < runs; run++)
            {
                (double start, double stop, double idle) = await MeasureAsync(engine, workload, afterMs);
                starts.Add(start);
                stops.Add(stop);
                idles.Add(idle);
            }
            allFast &= Percentile(stops, 0.95) <= 100;
            Console.WriteLine($"{workload.Name,-36} {runs,4} {Ms(Percentile(stops, 0.5)),9} {Ms(Percentile(stops, 0.95)),9} " +
                $"{Ms(Percentile(idles, 0.5)),9} {Ms(Percentile(idles, 0.95)),9} {Ms(Percentile(starts, 0.5)),14}");
        }
        Console.WriteLine(allFast ? "every p95 stop latency is within 100 ms" : "some p95 stop latency is over 100 ms");
        return 0;
    }

    /// <summary>One run: (ms until cancelled, ms from cancel to the reader's exception, ms from cancel until no worker runs).</summary>
    private static async Task<(double Start, double Stop, double Idle)> MeasureAsync(ManifoldEngine engine, CancelWorkloads.Workload workload, int afterMs)
    {
        Engine.Session.Session session = engine.CreateSession(catalog: "tpch", schema: "tiny");
        if (workload.PageSize is { } pageSize)
        {
            session = session with { SystemProperties = session.SystemProperties.SetItem("page_size", pageSize.ToString(CultureInfo.InvariantCulture)) };
        }
        using var cancellation = new CancellationTokenSource();
        var started = Stopwatch.StartNew();
        await using QueryResult result = await engine.ExecuteAsync(session, workload.Sql, cancellation.Token);
        long rows = 0;
        Task reader = Task.Run(async () =>
        {
            while (await result.NextPageAsync(cancellation.Token) is { } page)
            {
                Interlocked.Add(ref rows, page.RowCount);
            }
        });
        while (Interlocked.Read(ref rows) == 0 && !reader.IsCompleted && !result.Context!.Stats.Values.Any(s => s.OutputRows > 0))
        {
            await Task.Delay(1);
        }
        if (afterMs > 0)
        {
            await Task.Delay(afterMs);
        }
        double start = started.Elapsed.TotalMilliseconds;
        var latency = Stopwatch.StartNew();
        cancellation.Cancel();
        try
        {
            await reader;
            throw new BenchmarkSetupException($"{workload.Name} finished before it was cancelled");
        }
        catch (OperationCanceledException)
        {
        }
        double stop = latency.Elapsed.TotalMilliseconds;
        while (ParallelDriver.RunningWorkers > 0 && latency.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(1);
        }
        return (start, stop, latency.Elapsed.TotalMilliseconds);
    }

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
