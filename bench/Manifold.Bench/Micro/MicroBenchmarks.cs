using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Manifold.Bench.Micro;

/// <summary>The <c>micro</c> command: BenchmarkDotNet over the kernel benchmarks, with a short in-process job (the
/// machines are small and shared: one launch, 2 warm-up and 5 measured iterations of ~250 ms each). Any
/// BenchmarkDotNet argument works (<c>--filter *Join*</c>, <c>--list flat</c>, <c>--iterationCount 15</c>); our own
/// <c>--json FILE</c> writes ns/row, rows/s and allocation per benchmark for <c>compare</c>.</summary>
internal static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        string? jsonPath = null;
        var benchmarkArgs = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--json")
            {
                if (i + 1 >= args.Length)
                {
                    throw new BenchmarkSetupException("Option '--json' needs a value");
                }
                jsonPath = args[++i];
            }
            else
            {
                benchmarkArgs.Add(args[i]);
            }
        }
        IConfig config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(5)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithId("Short"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new RowsPerSecondColumn());
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly)
            .Run(benchmarkArgs.ToArray(), config).ToArray();
        if (jsonPath is not null)
        {
            WriteJson(jsonPath, summaries);
        }
        foreach (Summary summary in summaries)
        {
            if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
            {
                return 1;
            }
        }
        return 0;
    }

    /// <summary>Writes <c>{"benchmarks":[{"name":"FilterBenchmarks.Scan","ns_per_row":…,"rows_per_s":…,
    /// "allocated_bytes_per_row":…},…]}</c>.</summary>
    private static void WriteJson(string path, IReadOnlyList<Summary> summaries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("benchmarks");
            foreach (Summary summary in summaries)
            {
                foreach (BenchmarkReport report in summary.Reports)
                {
                    if (report.ResultStatistics is not { } statistics)
                    {
                        continue;
                    }
                    var benchmark = report.BenchmarkCase;
                    string name = benchmark.Descriptor.Type.Name + "." + benchmark.Descriptor.WorkloadMethod.Name;
                    if (benchmark.HasParameters)
                    {
                        name += "(" + benchmark.Parameters.DisplayInfo + ")";
                    }
                    json.WriteStartObject();
                    json.WriteString("name", name);
                    json.WriteNumber("ns_per_row", Math.Round(statistics.Mean, 3));
                    json.WriteNumber("rows_per_s", Math.Round(1e9 / statistics.Mean));
                    if (report.GcStats.GetBytesAllocatedPerOperation(benchmark) is { } allocated)
                    {
                        json.WriteNumber("allocated_bytes_per_row", allocated);
                    }
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        File.WriteAllBytes(path, stream.ToArray());
        Console.WriteLine($"wrote {path}");
    }
}
