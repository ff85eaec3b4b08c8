using System.Net;

namespace Manifold.Bench.Server;

/// <summary>Runs the workloads <see cref="ServerBenchOptions"/> selects against a coordinator, printing each result as
/// it ends. Shared by the <c>server</c> command and its smoke test.</summary>
public static class ServerBenchRunner
{
    public static async Task<ServerBenchReport> RunAsync(ServerBenchOptions options, Uri server, bool inProcess, TextWriter output, CancellationToken cancellationToken = default)
    {
        var report = new ServerBenchReport(server, inProcess);
        report.PrintHeader(output);
        if (options.Roundtrip)
        {
            using HttpClient http = CreateHttpClient(1);
            var client = new StatementClient(http, server);
            report.Roundtrip = await ServerWorkloads.RoundtripAsync(client, options.ShortQuery, options.RoundtripWarmup, options.RoundtripRuns, cancellationToken);
            ServerBenchReport.PrintRoundtrip(output, report.Roundtrip, options.RoundtripWarmup);
        }
        if (options.Stream)
        {
            using HttpClient http = CreateHttpClient(1);
            var client = new StatementClient(http, server) { MeasureDecodeCpu = true };
            ServerBenchReport.PrintStreamHeader(output, options.StreamQuery, options.StreamWarmup, options.StreamRuns);
            int index = 0;
            report.Stream = await ServerWorkloads.StreamAsync(client, options.StreamQuery, options.StreamWarmup, options.StreamRuns,
                run => ServerBenchReport.PrintStreamRun(output, ++index, run), cancellationToken);
            report.PrintStream(output, report.Stream);
        }
        if (options.Concurrent)
        {
            using HttpClient http = CreateHttpClient(options.Clients);
            var client = new StatementClient(http, server);
            report.Concurrent = await ServerWorkloads.ConcurrentAsync(client, options.ShortQuery, options.Clients, options.WarmupDuration, options.Duration, cancellationToken);
            report.PrintConcurrent(output, report.Concurrent, options.WarmupDuration);
        }
        if (options.JsonPath is { } path)
        {
            report.WriteJson(path, options);
            output.WriteLine($"wrote {path}");
        }
        return report;
    }

    /// <summary>An HTTP/1.1 client with up to <paramref name="connections"/> connections to the server, no proxy,
    /// no decompression.</summary>
    public static HttpClient CreateHttpClient(int connections)
        => new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(30),
        })
        {
            Timeout = TimeSpan.FromMinutes(10),
        };
}
