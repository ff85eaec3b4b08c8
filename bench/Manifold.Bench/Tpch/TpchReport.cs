using System.Globalization;
using System.Runtime;
using System.Text.Json;

namespace Manifold.Bench.Tpch;

/// <summary>Prints the <c>tpch</c> command's table and writes its JSON report.</summary>
/// <remarks>JSON shape (seconds; <c>load_s</c> is null for <c>--source tpch</c>; a failed query has null
/// <c>median_s</c>/<c>rows</c> and an extra <c>error</c>):
/// <c>{"scale":1,"source":"memory","runs":3,"queries":[{"query":"q01","median_s":0.41,"runs_s":[…],"rows":4},…],
/// "total_median_s":…,"load_s":…,"peak_memory_bytes":…}</c>.</remarks>
internal sealed class TpchReport(TpchOptions options)
{
    private const string RowFormat = "{0,-5} {1,10} {2,-26} {3,9} {4,9} {5,12} {6,9}  {7}";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    public void PrintHeader(string queriesDirectory)
    {
        Console.WriteLine(Invariant(
            $"TPC-H scale {TpchSchemas.FormatScale(options.Scale)}, source {Source}, {options.Runs} run(s) after {options.Warmup} warm-up(s), queries from {queriesDirectory}"));
        Console.WriteLine(Invariant(
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {LoadAverage()}"));
    }

    public void PrintLoad(double seconds, long peakBytes, string schema)
        => Console.WriteLine(Invariant($"loaded {TpchTables.Names.Count} tables into {schema} in {seconds:F2} s (peak memory {Megabytes(peakBytes)} MB)"));

    public void PrintTableHeader()
    {
        Console.WriteLine();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, RowFormat,
            "query", "median_s", "runs_s", "rows", "peak_MB", "alloc_MB/run", "gc0/1/2", options.VerifyDirectory is null ? "" : "verify"));
    }

    public void PrintRow(QueryMeasurement m)
    {
        string runs = string.Join(' ', m.RunsSeconds.Select(s => s.ToString("F3", CultureInfo.InvariantCulture)));
        string status = m.Error is not null ? "ERROR " + m.Error
            : !m.Verified ? ""
            : m.Verification is null ? "PASS" : "FAIL";
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, RowFormat,
            m.Name,
            m.RunsSeconds.Count == 0 ? "-" : m.MedianSeconds.ToString("F3", CultureInfo.InvariantCulture),
            runs,
            m.Error is null ? m.Rows : "-",
            Megabytes(m.PeakMemoryBytes),
            (m.AllocatedBytesPerRun / 1048576.0).ToString("F1", CultureInfo.InvariantCulture),
            Invariant($"{m.Collections.Gen0}/{m.Collections.Gen1}/{m.Collections.Gen2}"),
            status));
    }

    public void PrintSummary(IReadOnlyList<QueryMeasurement> measurements, double? loadSeconds, long peakBytes)
    {
        Console.WriteLine();
        double total = TotalMedian(measurements);
        int failedRuns = measurements.Count(m => m.Error is not null);
        string failures = failedRuns > 0 ? Invariant($", {failedRuns} failed to run") : "";
        Console.WriteLine(Invariant($"total (sum of medians): {total:F3} s over {measurements.Count - failedRuns} queries{failures}"));
        if (loadSeconds is { } load)
        {
            Console.WriteLine(Invariant($"load: {load:F2} s"));
        }
        Console.WriteLine(Invariant($"peak memory: {Megabytes(peakBytes)} MB; GC heap now {Megabytes(GC.GetGCMemoryInfo().HeapSizeBytes)} MB, total allocated {Megabytes(GC.GetTotalAllocatedBytes())} MB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        if (options.VerifyDirectory is not null)
        {
            Console.WriteLine();
            int passed = 0;
            foreach (QueryMeasurement m in measurements)
            {
                if (m.Failed)
                {
                    Console.WriteLine($"{m.Name}: FAIL {m.Error ?? m.Verification}");
                }
                else
                {
                    Console.WriteLine($"{m.Name}: PASS");
                    passed++;
                }
            }
            Console.WriteLine(Invariant($"{passed} passed, {measurements.Count - passed} failed"));
        }
    }

    public void WriteJson(string path, IReadOnlyList<QueryMeasurement> measurements, double? loadSeconds, long peakBytes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("scale", options.Scale);
            json.WriteString("source", Source);
            json.WriteNumber("runs", options.Runs);
            json.WriteStartArray("queries");
            foreach (QueryMeasurement m in measurements)
            {
                json.WriteStartObject();
                json.WriteString("query", m.Name);
                if (m.Error is null)
                {
                    json.WriteNumber("median_s", Seconds(m.MedianSeconds));
                }
                else
                {
                    json.WriteNull("median_s");
                }
                json.WriteStartArray("runs_s");
                foreach (double run in m.RunsSeconds)
                {
                    json.WriteNumberValue(Seconds(run));
                }
                json.WriteEndArray();
                if (m.Error is null)
                {
                    json.WriteNumber("rows", m.Rows);
                }
                else
                {
                    json.WriteNull("rows");
                    json.WriteString("error", m.Error);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("total_median_s", Seconds(TotalMedian(measurements)));
            if (loadSeconds is { } load)
            {
                json.WriteNumber("load_s", Seconds(load));
            }
            else
            {
                json.WriteNull("load_s");
            }
            json.WriteNumber("peak_memory_bytes", peakBytes);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        File.WriteAllBytes(path, stream.ToArray());
        Console.WriteLine();
        Console.WriteLine($"wrote {path}");
    }

    private string Source => options.Source switch
    {
        TpchSource.Memory => "memory",
        TpchSource.Tpch => "tpch",
    };

    private static double TotalMedian(IReadOnlyList<QueryMeasurement> measurements)
    {
        double total = 0;
        foreach (QueryMeasurement m in measurements)
        {
            if (m.Error is null)
            {
                total += m.MedianSeconds;
            }
        }
        return total;
    }

    private static double Seconds(double value) => Math.Round(value, 6);

    private static long Megabytes(long bytes) => bytes / 1048576;

    private static string LoadAverage()
    {
        try
        {
            return OperatingSystem.IsLinux() ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
