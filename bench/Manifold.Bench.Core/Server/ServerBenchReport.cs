using System.Globalization;
using System.Runtime;
using System.Text.Encodings.Web;
using System.Text.Json;
using static System.FormattableString;

namespace Manifold.Bench.Server;

/// <summary>What <c>Manifold.Bench server</c> measured: printed as each workload ends, and as JSON for <c>--json</c>.</summary>
public sealed class ServerBenchReport(Uri server, bool inProcess)
{
    /// <summary>The round-trip target: median at most this many milliseconds.</summary>
    public const double RoundtripTargetMs = 2;

    /// <summary>The stream target: at least this many rows per second.</summary>
    public const double StreamTargetRowsPerSecond = 1_000_000;

    /// <summary>The concurrent throughput target: at least this many queries per second.</summary>
    public const double ConcurrentTargetQueriesPerSecond = 2_000;

    /// <summary>The admission latency target: p99 at most this many milliseconds.</summary>
    public const double AdmissionTargetP99Ms = 50;

    public Uri Server => server;
    public bool InProcess => inProcess;
    public RoundtripResult? Roundtrip { get; set; }
    public StreamResult? Stream { get; set; }
    public ConcurrentResult? Concurrent { get; set; }

    /// <summary>The first line: where, on what machine.</summary>
    public void PrintHeader(TextWriter output)
        => output.WriteLine(Invariant(
            $"server: {(inProcess ? "in-process coordinator" : "coordinator")} at {server} ({Environment.ProcessorCount} cores, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {LoadAverage()})"));

    public static void PrintRoundtrip(TextWriter output, RoundtripResult r, int warmup)
    {
        output.WriteLine(Invariant($"roundtrip  {r.Sql}: {r.Runs} runs after {warmup} warm-up, {r.Requests} HTTP requests each, one connection"));
        output.WriteLine(Invariant($"  median {r.MedianMs:F3} ms, p95 {r.P95Ms:F3} ms, p99 {r.P99Ms:F3} ms (min {r.MinMs:F3}, max {r.MaxMs:F3})"));
        output.WriteLine(Invariant($"  target median <= {RoundtripTargetMs} ms: {Verdict(r.MedianMs <= RoundtripTargetMs)}"));
    }

    public static void PrintStreamRun(TextWriter output, int index, StreamRun run)
        => output.WriteLine(Invariant(
            $"  run {index}: {run.Rows:N0} rows, {run.Bytes / 1e6:F1} MB in {run.Documents} documents, {run.Seconds:F2} s: {run.RowsPerSecond / 1e6:F2} M rows/s, {run.MegabytesPerSecond:F1} MB/s; client decode CPU {Cpu(run.DecodeCpuSeconds)}, process CPU {run.ProcessCpuSeconds:F2} s"));

    public static void PrintStreamHeader(TextWriter output, string sql, int warmup, int runs)
        => output.WriteLine(Invariant($"stream     {sql}: {runs} runs after {warmup} warm-up"));

    public void PrintStream(TextWriter output, StreamResult s)
    {
        output.WriteLine(Invariant(
            $"  median: {s.MedianRowsPerSecond / 1e6:F2} M rows/s, {s.MedianMegabytesPerSecond:F1} MB/s, {s.MedianSeconds:F2} s; client decode CPU {Cpu(s.MedianDecodeCpuSeconds)}, process CPU {s.MedianProcessCpuSeconds:F2} s{(inProcess ? " (client + server)" : "")}"));
        output.WriteLine(Invariant($"  target >= {StreamTargetRowsPerSecond / 1e6:F0} M rows/s: {Verdict(s.MedianRowsPerSecond >= StreamTargetRowsPerSecond)}"));
    }

    public void PrintConcurrent(TextWriter output, ConcurrentResult c, TimeSpan warmup)
    {
        output.WriteLine(Invariant($"concurrent {c.Sql}: {c.Clients} clients, {c.Seconds:0.##} s measured after {warmup.TotalSeconds:0.##} s warm-up"));
        output.WriteLine(Invariant($"  {c.QueriesPerSecond:F0} queries/s ({c.Queries} finished, {c.Failed} failed{(c.FirstError is null ? "" : $"; first failure: {c.FirstError}")})"));
        output.WriteLine(Invariant($"  admission latency (server stats.queuedTimeMillis): p50 {c.QueuedP50Ms:0.#} ms, p99 {c.QueuedP99Ms:0.#} ms"));
        output.WriteLine(Invariant($"  client-observed POST -> first response past QUEUED: p50 {c.LeftQueuedP50Ms:F1} ms, p99 {c.LeftQueuedP99Ms:F1} ms; whole query: p50 {c.LatencyP50Ms:F1} ms, p99 {c.LatencyP99Ms:F1} ms"));
        output.WriteLine(Invariant($"  process CPU {c.ProcessCpuSeconds:F1} s = {c.ProcessCpuSeconds / c.Seconds:F2} cores busy{(inProcess ? " (client + server)" : "")}"));
        output.WriteLine(Invariant(
            $"  target >= {ConcurrentTargetQueriesPerSecond:F0} queries/s: {Verdict(c.QueriesPerSecond >= ConcurrentTargetQueriesPerSecond)}; target admission p99 <= {AdmissionTargetP99Ms} ms: {Verdict(c.QueuedP99Ms <= AdmissionTargetP99Ms)}"));
    }

    /// <summary>Writes the figures of the workloads that ran.</summary>
    public void WriteJson(string path, ServerBenchOptions options)
    {
        using FileStream stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("server", server.ToString());
        json.WriteBoolean("in_process", inProcess);
        json.WriteNumber("cores", Environment.ProcessorCount);
        json.WriteString("load_average", LoadAverage());
        if (Roundtrip is { } r)
        {
            json.WriteStartObject("roundtrip");
            json.WriteString("sql", r.Sql);
            json.WriteNumber("runs", r.Runs);
            json.WriteNumber("warmup", options.RoundtripWarmup);
            json.WriteNumber("requests_per_query", r.Requests);
            json.WriteNumber("median_ms", Round(r.MedianMs));
            json.WriteNumber("p95_ms", Round(r.P95Ms));
            json.WriteNumber("p99_ms", Round(r.P99Ms));
            json.WriteNumber("min_ms", Round(r.MinMs));
            json.WriteNumber("max_ms", Round(r.MaxMs));
            json.WriteEndObject();
        }
        if (Stream is { } s)
        {
            json.WriteStartObject("stream");
            json.WriteString("sql", s.Sql);
            json.WriteNumber("warmup", options.StreamWarmup);
            json.WriteStartArray("runs");
            foreach (StreamRun run in s.Runs)
            {
                json.WriteStartObject();
                json.WriteNumber("rows", run.Rows);
                json.WriteNumber("bytes", run.Bytes);
                json.WriteNumber("documents", run.Documents);
                json.WriteNumber("seconds", Round(run.Seconds));
                json.WriteNumber("rows_per_s", Math.Round(run.RowsPerSecond));
                json.WriteNumber("mb_per_s", Round(run.MegabytesPerSecond));
                json.WriteNumber("decode_cpu_s", Round(run.DecodeCpuSeconds));
                json.WriteNumber("process_cpu_s", Round(run.ProcessCpuSeconds));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("median_rows_per_s", Math.Round(s.MedianRowsPerSecond));
            json.WriteNumber("median_mb_per_s", Round(s.MedianMegabytesPerSecond));
            json.WriteNumber("median_s", Round(s.MedianSeconds));
            json.WriteEndObject();
        }
        if (Concurrent is { } c)
        {
            json.WriteStartObject("concurrent");
            json.WriteString("sql", c.Sql);
            json.WriteNumber("clients", c.Clients);
            json.WriteNumber("duration_s", c.Seconds);
            json.WriteNumber("warmup_s", options.WarmupDuration.TotalSeconds);
            json.WriteNumber("queries", c.Queries);
            json.WriteNumber("failed", c.Failed);
            json.WriteNumber("queries_per_s", Round(c.QueriesPerSecond));
            json.WriteString("admission", "stats.queuedTimeMillis");
            json.WriteNumber("admission_p50_ms", Round(c.QueuedP50Ms));
            json.WriteNumber("admission_p99_ms", Round(c.QueuedP99Ms));
            json.WriteNumber("client_left_queued_p50_ms", Round(c.LeftQueuedP50Ms));
            json.WriteNumber("client_left_queued_p99_ms", Round(c.LeftQueuedP99Ms));
            json.WriteNumber("latency_p50_ms", Round(c.LatencyP50Ms));
            json.WriteNumber("latency_p99_ms", Round(c.LatencyP99Ms));
            json.WriteNumber("process_cpu_s", Round(c.ProcessCpuSeconds));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 3) : 0;

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Cpu(double seconds)
        => ThreadCpuTime.IsSupported ? seconds.ToString("F2", CultureInfo.InvariantCulture) + " s" : "n/a";

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
