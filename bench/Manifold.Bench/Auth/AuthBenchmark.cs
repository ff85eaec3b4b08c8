using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Manifold.Bench.Server;
using Manifold.Server.Hosting;
using Manifold.Testing.Security;
using Microsoft.Extensions.Logging;

namespace Manifold.Bench.Auth;

/// <summary>The <c>auth</c> command: the <c>SELECT 1</c> round trip over HTTPS with each authentication method against
/// the same round trip without authentication, side by side (<see cref="ServerWorkloads.InterleavedRoundtripAsync"/>).
/// Each method gets its own in-process coordinator on loopback with a certificate from a throw-away CA; each client keeps
/// its connection open, as real clients do.</summary>
internal static class AuthBenchmark
{
    private const string Usage = "usage: Manifold.Bench auth [--methods none,password,jwt,kerberos,kerberos-persist] [--rounds N] [--runs N] [--warmup N]";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var known = new Dictionary<string, Func<IAuthBenchMethod>>(StringComparer.OrdinalIgnoreCase)
        {
            ["none"] = () => new NoAuthentication(),
            ["password"] = () => new PasswordAuthentication(),
            ["jwt"] = () => new JwtAuthentication(),
            ["kerberos"] = () => new KerberosAuthentication(persistCredentials: false),
            ["kerberos-persist"] = () => new KerberosAuthentication(persistCredentials: true),
        };
        string[] methods = [.. known.Keys];
        int rounds = 10;
        int runs = 200;
        int warmup = 100;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--methods" when i + 1 < args.Length:
                    methods = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (methods.FirstOrDefault(m => !known.ContainsKey(m)) is { } unknown)
                    {
                        Console.Error.WriteLine($"Unknown method '{unknown}' (known: {string.Join(", ", known.Keys)})");
                        return 2;
                    }
                    break;
                case "--rounds" when i + 1 < args.Length && TryPositive(args[i + 1], out int value):
                    rounds = value;
                    i++;
                    break;
                case "--runs" when i + 1 < args.Length && TryPositive(args[i + 1], out int value):
                    runs = value;
                    i++;
                    break;
                case "--warmup" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int value) && value >= 0:
                    warmup = value;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        if (!methods.Contains("none", StringComparer.OrdinalIgnoreCase))
        {
            methods = ["none", .. methods];   // the baseline is always measured alongside
        }

        using TestCertificates certificates = TestCertificates.Create("Manifold Bench CA");
        var targets = new List<Target>();
        try
        {
            foreach (string name in methods)
            {
                targets.Add(await Target.StartAsync(known[name](), certificates));
            }
            output.WriteLine($"SELECT 1 over HTTPS, {rounds} rounds x {runs} runs per method, interleaved ({warmup} warm-up runs each)");
            IReadOnlyList<RoundtripResult> results = await ServerWorkloads.InterleavedRoundtripAsync(
                [.. targets.Select(t => t.Client)], "SELECT 1", warmup, rounds, runs);
            RoundtripResult baseline = results[0];
            output.WriteLine($"{"method",-16} {"median ms",10} {"p95 ms",8} {"p99 ms",8} {"added ms",9} {"ratio",6}");
            for (int i = 0; i < targets.Count; i++)
            {
                RoundtripResult r = results[i];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{targets[i].Method.Name,-16} {r.MedianMs,10:F3} {r.P95Ms,8:F3} {r.P99Ms,8:F3} {r.MedianMs - baseline.MedianMs,9:F3} {r.MedianMs / baseline.MedianMs,6:F2}"));
            }
            return 0;
        }
        finally
        {
            foreach (Target target in targets)
            {
                await target.DisposeAsync();
            }
        }
    }

    private static bool TryPositive(string text, out int value)
        => int.TryParse(text, CultureInfo.InvariantCulture, out value) && value > 0;

    /// <summary>One method's coordinator and the client that talks to it.</summary>
    private sealed class Target(IAuthBenchMethod method, CoordinatorHost host, HttpClient http, string etc) : IAsyncDisposable
    {
        public IAuthBenchMethod Method => method;

        public StatementClient Client { get; } = new(http, host.HttpsBaseAddress!);

        public static async Task<Target> StartAsync(IAuthBenchMethod method, TestCertificates certificates)
        {
            string etc = Directory.CreateTempSubdirectory("manifold-authbench-").FullName;
            var properties = new Dictionary<string, string>
            {
                ["http-server.https.enabled"] = "true",
                ["http-server.https.port"] = "0",
                ["http-server.https.keystore.path"] = certificates.ServerPemPath,
            };
            await method.ConfigureAsync(etc, properties);
            CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions
            {
                EtcDirectory = etc,
                Port = 0,
                BindAddress = "127.0.0.1",
                NodeId = "authbench",
                Properties = properties,
                LogWriter = TextWriter.Null,
                MinimumLogLevel = LogLevel.Information,
            });
            var roots = new X509Certificate2Collection();
            roots.ImportFromPemFile(certificates.CaPemPath);
            var handler = new SocketsHttpHandler();
            handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            handler.SslOptions.CertificateChainPolicy.CustomTrustStore.AddRange(roots);
            HttpClient http = method.CreateClient(handler);
            return new Target(method, host, http, etc);
        }

        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            await host.DisposeAsync();
            await method.DisposeAsync();
            Directory.Delete(etc, recursive: true);
        }
    }
}
