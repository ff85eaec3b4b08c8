using System.Diagnostics;

namespace Manifold.Bench.Server;

/// <summary>The three coordinator workloads of <c>Manifold.Bench server</c>, run through <see cref="StatementClient"/>
/// against any coordinator that speaks the Trino protocol.</summary>
public static class ServerWorkloads
{
    /// <summary>Runs <paramref name="sql"/> <paramref name="warmup"/> times untimed, then <paramref name="runs"/> times,
    /// one after the other (so on one connection when the client's handler allows one).</summary>
    public static async Task<RoundtripResult> RoundtripAsync(StatementClient client, string sql, int warmup, int runs, CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < warmup; i++)
        {
            Check(await client.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false));
        }
        var times = new double[runs];
        int requests = 0;
        for (int i = 0; i < runs; i++)
        {
            StatementRun run = Check(await client.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false));
            times[i] = run.Elapsed.TotalMilliseconds;
            requests = run.Documents;
        }
        return Summarize(sql, times, requests);
    }

    private static RoundtripResult Summarize(string sql, double[] times, int requests)
    {
        Array.Sort(times);
        return new RoundtripResult(sql, times.Length, requests, Percentiles.Of(times, 0.5), Percentiles.Of(times, 0.95), Percentiles.Of(times, 0.99),
            times[0], times[^1]);
    }

    /// <summary>Round trips of <paramref name="sql"/> against several coordinators side by side: after
    /// <paramref name="warmup"/> untimed runs on each, <paramref name="rounds"/> rounds run <paramref name="runsPerRound"/>
    /// timed statements on each target in turn (the order rotating each round), so machine noise falls on all alike.</summary>
    public static async Task<IReadOnlyList<RoundtripResult>> InterleavedRoundtripAsync(IReadOnlyList<StatementClient> targets, string sql,
        int warmup, int rounds, int runsPerRound, CancellationToken cancellationToken = default)
    {
        foreach (StatementClient target in targets)
        {
            for (int i = 0; i < warmup; i++)
            {
                Check(await target.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false));
            }
        }
        var times = targets.Select(_ => new List<double>(rounds * runsPerRound)).ToArray();
        var requests = new int[targets.Count];
        for (int round = 0; round < rounds; round++)
        {
            for (int k = 0; k < targets.Count; k++)
            {
                int t = (round + k) % targets.Count;
                for (int i = 0; i < runsPerRound; i++)
                {
                    StatementRun run = Check(await targets[t].ExecuteAsync(sql, cancellationToken).ConfigureAwait(false));
                    times[t].Add(run.Elapsed.TotalMilliseconds);
                    requests[t] = run.Documents;
                }
            }
        }
        return [.. times.Select((list, t) => Summarize(sql, [.. list], requests[t]))];
    }

    /// <summary>Streams <paramref name="sql"/> to the end <paramref name="warmup"/> + <paramref name="runs"/> times,
    /// measuring the timed runs.</summary>
    public static async Task<StreamResult> StreamAsync(StatementClient client, string sql, int warmup, int runs, Action<StreamRun>? progress = null, CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < warmup; i++)
        {
            Check(await client.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false));
        }
        var results = new List<StreamRun>();
        for (int i = 0; i < runs; i++)
        {
            TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
            StatementRun run = Check(await client.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false));
            TimeSpan cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            var result = new StreamRun(run.Rows, run.Bytes, run.Documents, run.Elapsed.TotalSeconds,
                TimeSpan.FromTicks(run.DecodeCpuTicks).TotalSeconds, cpu.TotalSeconds);
            progress?.Invoke(result);
            results.Add(result);
        }
        return new StreamResult(sql, results);
    }

    /// <summary><paramref name="clients"/> tasks each run <paramref name="sql"/> in a loop for
    /// <paramref name="warmup"/> + <paramref name="duration"/>; queries that end inside the last
    /// <paramref name="duration"/> are measured.</summary>
    public static async Task<ConcurrentResult> ConcurrentAsync(
        StatementClient client, string sql, int clients, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        long start = Stopwatch.GetTimestamp();
        long measureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        long end = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        TimeSpan cpuAtStart = TimeSpan.Zero;
        var cpuTimer = Task.Run(async () =>
        {
            await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), measureFrom), cancellationToken).ConfigureAwait(false);
            cpuAtStart = Environment.CpuUsage.TotalTime;
        }, cancellationToken);
        var submitters = new Task<List<Sample>>[clients];
        for (int i = 0; i < clients; i++)
        {
            submitters[i] = Task.Run(() => SubmitLoopAsync(client, sql, end, cancellationToken), cancellationToken);
        }
        List<Sample>[] all = await Task.WhenAll(submitters).ConfigureAwait(false);
        TimeSpan cpu = Environment.CpuUsage.TotalTime;
        await cpuTimer.ConfigureAwait(false);
        var measured = all.SelectMany(s => s).Where(s => s.Ended >= measureFrom && s.Ended <= end).ToList();
        var finished = measured.Where(s => s.Error is null).ToList();
        double[] queued = Percentiles.Sorted(finished.Select(s => (double)s.QueuedTimeMillis));
        double[] leftQueued = Percentiles.Sorted(finished.Select(s => s.LeftQueuedMs));
        double[] latency = Percentiles.Sorted(finished.Select(s => s.LatencyMs));
        return new ConcurrentResult(sql, clients, duration.TotalSeconds, finished.Count, measured.Count - finished.Count,
            measured.FirstOrDefault(s => s.Error is not null)?.Error,
            Percentiles.Of(queued, 0.5), Percentiles.Of(queued, 0.99), Percentiles.Of(leftQueued, 0.5), Percentiles.Of(leftQueued, 0.99),
            Percentiles.Of(latency, 0.5), Percentiles.Of(latency, 0.99), (cpu - cpuAtStart).TotalSeconds);
    }

    private static async Task<List<Sample>> SubmitLoopAsync(StatementClient client, string sql, long end, CancellationToken cancellationToken)
    {
        var samples = new List<Sample>();
        while (Stopwatch.GetTimestamp() < end)
        {
            try
            {
                StatementRun run = await client.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
                samples.Add(new Sample(Stopwatch.GetTimestamp(), run.QueuedTimeMillis, run.LeftQueued.TotalMilliseconds, run.Elapsed.TotalMilliseconds,
                    run.Error is null ? null : $"{run.State}: {run.Error}"));
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                samples.Add(new Sample(Stopwatch.GetTimestamp(), 0, 0, 0, e.Message));
                // A server that refuses everything must not turn this loop into a busy spin.
                await Task.Delay(10, cancellationToken).ConfigureAwait(false);
            }
        }
        return samples;
    }

    private static StatementRun Check(StatementRun run)
        => run.Error is null ? run : throw new StatementFailedException($"Query {run.QueryId} {run.State}: {run.Error}");

    private sealed record Sample(long Ended, long QueuedTimeMillis, double LeftQueuedMs, double LatencyMs, string? Error);
}
