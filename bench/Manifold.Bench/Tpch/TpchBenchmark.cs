using System.Diagnostics;
using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;

namespace Manifold.Bench.Tpch;

/// <summary>The <c>tpch</c> command: runs the TPC-H queries end to end through the embedded engine, times them, and
/// optionally checks their results against answer files.</summary>
/// <remarks>Per query: warm-up runs (not timed), then the timed runs. Each run is parse + plan + execute + reading
/// every page (values are not formatted). With <c>--verify</c>, one untimed run formats the result and compares it: the
/// first warm-up run when there is one, else an extra run after the timed ones, so cold timings stay cold.
/// Between queries the heap is collected (untimed) so one query's garbage does not land on the next.</remarks>
internal sealed class TpchBenchmark(TpchOptions options)
{
    private readonly PeakMemory _peak = new();

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        string queriesDirectory = options.QueriesDirectory
            ?? TpchQueries.FindDirectory()
            ?? throw new BenchmarkSetupException(
                $"TPC-H queries not found: pass --queries-dir or set {SharedFolder.EnvironmentVariable} to the shared corpus");
        foreach (int number in options.Queries)
        {
            string file = Path.Combine(queriesDirectory, TpchQueries.Name(number) + ".sql");
            if (!File.Exists(file))
            {
                throw new BenchmarkSetupException($"Query file '{file}' not found");
            }
        }
        if (options.VerifyDirectory is { } verify && !Directory.Exists(verify))
        {
            throw new BenchmarkSetupException($"Answer folder '{verify}' not found");
        }

        using TpchCatalogDirectory etc = TpchCatalogDirectory.Create();
        using ManifoldEngine engine = ManifoldEngine.Create(new EngineOptions { EtcDirectory = etc.Path });
        var report = new TpchReport(options);
        report.PrintHeader(queriesDirectory);

        double? loadSeconds = null;
        Engine.Session.Session session;
        if (options.Source == TpchSource.Memory)
        {
            var stopwatch = Stopwatch.StartNew();
            string schema = await TpchMemoryLoader.LoadAsync(engine, options.Scale, "memory", cancellationToken);
            loadSeconds = stopwatch.Elapsed.TotalSeconds;
            session = engine.CreateSession(catalog: "memory", schema: schema);
            report.PrintLoad(loadSeconds.Value, PeakMemory.Current(), $"memory.{schema}");
        }
        else
        {
            session = engine.CreateSession(catalog: "tpch", schema: TpchSchemas.TpchSchema(options.Scale));
        }

        report.PrintTableHeader();
        var measurements = new List<QueryMeasurement>();
        foreach (int number in options.Queries)
        {
            QueryMeasurement measurement = await MeasureAsync(engine, session, number, queriesDirectory, cancellationToken);
            measurements.Add(measurement);
            report.PrintRow(measurement);
        }
        long peakBytes = _peak.Overall;
        if (options.JsonPath is { } jsonPath)
        {
            report.WriteJson(jsonPath, measurements, loadSeconds, peakBytes);
        }
        report.PrintSummary(measurements, loadSeconds, peakBytes);
        return measurements.Any(m => m.Failed) ? 1 : 0;
    }

    private async Task<QueryMeasurement> MeasureAsync(ManifoldEngine engine, Engine.Session.Session session, int number,
        string queriesDirectory, CancellationToken cancellationToken)
    {
        string name = TpchQueries.Name(number);
        string sql = TpchQueries.Read(queriesDirectory, number);
        string? answerPath = options.VerifyDirectory is null ? null : Path.Combine(options.VerifyDirectory, name + ".csv");

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _peak.Reset();

        var runs = new List<double>(options.Runs);
        long rows = 0;
        long allocated = 0;
        (int, int, int) collections = (0, 0, 0);
        string? error = null;
        string? verification = null;
        bool verified = false;
        try
        {
            int warmups = options.Warmup;
            if (answerPath is not null && warmups > 0)
            {
                verification = await VerifyAsync(engine, session, sql, answerPath, cancellationToken);
                verified = true;
                warmups--;
            }
            for (int i = 0; i < warmups; i++)
            {
                await RunOnceAsync(engine, session, sql, cancellationToken);
            }
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            for (int i = 0; i < options.Runs; i++)
            {
                long start = Stopwatch.GetTimestamp();
                rows = await RunOnceAsync(engine, session, sql, cancellationToken);
                runs.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
            allocated = (GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / options.Runs;
            collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
            if (answerPath is not null && !verified)
            {
                verification = await VerifyAsync(engine, session, sql, answerPath, cancellationToken);
                verified = true;
            }
        }
        catch (ManifoldException e)
        {
            error = $"{e.ErrorCode.Name}: {e.Message}";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = $"{e.GetType().Name}: {e.Message}";
        }
        return new QueryMeasurement(name, runs, rows, PeakMemory.Current(), allocated, collections, error, verification,
            answerPath is not null);
    }

    private static async Task<string?> VerifyAsync(ManifoldEngine engine, Engine.Session.Session session, string sql,
        string answerPath, CancellationToken cancellationToken)
        => File.Exists(answerPath)
            ? await TpchVerifier.VerifyAsync(engine, session, sql, answerPath, cancellationToken: cancellationToken)
            : $"no answer file '{answerPath}'";

    private static async Task<long> RunOnceAsync(ManifoldEngine engine, Engine.Session.Session session, string sql,
        CancellationToken cancellationToken)
    {
        long rows = 0;
        await using QueryResult result = await engine.ExecuteAsync(session, sql, cancellationToken);
        while (await result.NextPageAsync(cancellationToken) is { } page)
        {
            rows += page.RowCount;
        }
        return rows;
    }
}
