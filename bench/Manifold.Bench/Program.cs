using Manifold.Bench.Micro;
using Manifold.Bench.Reports;
using Manifold.Bench.Server;
using Manifold.Bench.Tpch;
using Manifold.Spi.Errors;

namespace Manifold.Bench;

/// <summary>Entry point: <c>tpch</c> (TPC-H queries end to end), <c>micro</c> (BenchmarkDotNet kernels),
/// <c>compare</c> (two <c>tpch --json</c> reports side by side), <c>cancel</c> (cancellation latency per operator) and
/// <c>server</c> (the coordinator over HTTP: round trip, streaming, concurrency), <c>client</c> (Manifold.Client reading
/// rows) and <c>auth</c> (the round trip with each authentication method against none).</summary>
internal static class Program
{
    private const string Usage = """
        usage:
          Manifold.Bench tpch [--scale S] [--source memory|tpch] [--queries 1,3,...] [--runs N] [--warmup N]
                              [--json FILE] [--verify DIR] [--queries-dir DIR]
          Manifold.Bench micro [--json FILE] [BenchmarkDotNet arguments, e.g. --filter *Join*]
          Manifold.Bench compare BASELINE.json CURRENT.json
          Manifold.Bench cancel [--runs N] [--after-ms MS] [--filter TEXT]
          Manifold.Bench server [roundtrip|stream|concurrent|all] [--url URL] [--runs N] [--warmup N] [--scale S]
                                [--clients N] [--duration S] [--warmup-duration S] [--query SQL] [--json FILE]
          Manifold.Bench client [--url http://host:port] [--runs N] [--query SQL] [--modes raw,read,typed]
          Manifold.Bench auth [--methods none,password] [--rounds N] [--runs N] [--warmup N]
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        string[] rest = args[1..];
        try
        {
            switch (args[0])
            {
                case "tpch":
                    {
                        TpchOptions? options = TpchOptions.Parse(rest, out string? error);
                        if (options is null)
                        {
                            Console.Error.WriteLine(error);
                            Console.Error.WriteLine(Usage);
                            return 2;
                        }
                        return await new TpchBenchmark(options).RunAsync(CancellationToken.None);
                    }
                case "micro":
                    return MicroBenchmarks.Run(rest);
                case "cancel":
                    return await CancelLatency.CancelBenchmark.RunAsync(rest);
                case "server":
                    return await ServerBenchmark.RunAsync(rest);
                case "client":
                    return await Client.ClientBenchmark.RunAsync(rest);
                case "auth":
                    return await Auth.AuthBenchmark.RunAsync(rest, Console.Out);
                case "compare":
                    if (rest.Length != 2)
                    {
                        Console.Error.WriteLine(Usage);
                        return 2;
                    }
                    return ReportComparison.Run(rest[0], rest[1]);
                default:
                    Console.Error.WriteLine($"Unknown command '{args[0]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (BenchmarkSetupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (ManifoldException e)
        {
            // Setup statements (loading the memory catalog) failed; query failures are reported per query.
            Console.Error.WriteLine($"{e.ErrorCode.Name}: {e.Message}");
            return 1;
        }
    }
}
