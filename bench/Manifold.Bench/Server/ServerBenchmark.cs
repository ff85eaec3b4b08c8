using System.Net.Http;
using Manifold.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace Manifold.Bench.Server;

/// <summary>The <c>server</c> command: starts a coordinator in-process on loopback (or uses <c>--url</c>) and runs the
/// round-trip, stream and concurrent workloads of <see cref="ServerWorkloads"/> over the Trino client protocol.</summary>
internal static class ServerBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        ServerBenchOptions? options = ServerBenchOptions.Parse(args, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        try
        {
            if (options.Url is { } url)
            {
                await ServerBenchRunner.RunAsync(options, url, inProcess: false, Console.Out);
                return 0;
            }
            // Logs are formatted as the CLI's are (Information) but go nowhere: console output is not what is measured.
            await using CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions
            {
                Port = 0,
                BindAddress = "127.0.0.1",
                NodeId = "bench",
                LogWriter = TextWriter.Null,
                MinimumLogLevel = LogLevel.Information,
            });
            await ServerBenchRunner.RunAsync(options, host.BaseAddress, inProcess: true, Console.Out);
            return 0;
        }
        catch (StatementFailedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"HTTP: {e.Message}");
            return 1;
        }
    }
}
