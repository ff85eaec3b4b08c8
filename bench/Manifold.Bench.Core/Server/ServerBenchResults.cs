namespace Manifold.Bench.Server;

/// <summary>The round trip of one short statement on one connection, in milliseconds.</summary>
public sealed record RoundtripResult(string Sql, int Runs, int Requests, double MedianMs, double P95Ms, double P99Ms, double MinMs, double MaxMs);

/// <summary>One streamed run: rows and body bytes received, wall time, the client's JSON decoding CPU time and the
/// whole process's CPU time (client and, in-process, the server too).</summary>
public sealed record StreamRun(long Rows, long Bytes, int Documents, double Seconds, double DecodeCpuSeconds, double ProcessCpuSeconds)
{
    /// <summary>Rows per second of wall time.</summary>
    public double RowsPerSecond => Rows / Seconds;

    /// <summary>Response body megabytes (10⁶ bytes) per second of wall time.</summary>
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;
}

/// <summary>Every streamed run; the medians are per figure.</summary>
public sealed record StreamResult(string Sql, IReadOnlyList<StreamRun> Runs)
{
    /// <summary>Median rows per second.</summary>
    public double MedianRowsPerSecond => Median(r => r.RowsPerSecond);

    /// <summary>Median megabytes per second.</summary>
    public double MedianMegabytesPerSecond => Median(r => r.MegabytesPerSecond);

    /// <summary>Median wall seconds.</summary>
    public double MedianSeconds => Median(r => r.Seconds);

    /// <summary>Median client decoding CPU seconds.</summary>
    public double MedianDecodeCpuSeconds => Median(r => r.DecodeCpuSeconds);

    /// <summary>Median process CPU seconds.</summary>
    public double MedianProcessCpuSeconds => Median(r => r.ProcessCpuSeconds);

    private double Median(Func<StreamRun, double> figure) => Percentiles.Median(Percentiles.Sorted(Runs.Select(figure)));
}

/// <summary>Concurrent submitters over a fixed window. <see cref="QueuedP50Ms"/>/<see cref="QueuedP99Ms"/> are the
/// admission latency: the server's <c>stats.queuedTimeMillis</c> of each query's final document (submission until
/// execution started). <see cref="LeftQueuedP50Ms"/>/<see cref="LeftQueuedP99Ms"/> are what a client sees: from
/// sending the POST until the first response past QUEUED (two HTTP round trips under load).</summary>
public sealed record ConcurrentResult(
    string Sql, int Clients, double Seconds, long Queries, long Failed, string? FirstError,
    double QueuedP50Ms, double QueuedP99Ms, double LeftQueuedP50Ms, double LeftQueuedP99Ms,
    double LatencyP50Ms, double LatencyP99Ms, double ProcessCpuSeconds)
{
    /// <summary>Queries finished per second of the window.</summary>
    public double QueriesPerSecond => Queries / Seconds;
}
