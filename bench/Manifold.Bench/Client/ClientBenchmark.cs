using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Manifold.Client;
using Manifold.Server.Hosting;

namespace Manifold.Bench.Client;

/// <summary>The <c>client</c> command: streams a query (by default <c>SELECT * FROM tpch.sf1.lineitem</c>) through
/// <see cref="ManifoldDataReader"/> and reports rows/s (median of the runs) with the CPU time of the client and of the
/// server. The coordinator runs in a child process (this executable with <c>client --serve</c>), so the two CPU figures
/// are separate; <c>--url</c> uses a running server instead (then server CPU is not measured).</summary>
/// <remarks>Three modes split the time: <c>raw</c> follows nextUri and discards the bytes (server + HTTP only),
/// <c>read</c> calls Read() (tokenizes every row) without getters, <c>typed</c> reads every column with its typed getter.</remarks>
internal static class ClientBenchmark
{
    private const string Usage = "usage: Manifold.Bench client [--url http://host:port] [--runs N] [--query SQL] [--modes raw,read,typed]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--serve"])
        {
            return await ServeAsync();
        }
        string? url = null;
        int runs = 3;
        string query = "SELECT * FROM tpch.sf1.lineitem";
        string[] modes = ["raw", "read", "typed"];
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--url" when i + 1 < args.Length:
                    url = args[++i];
                    break;
                case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int value) && value > 0:
                    runs = value;
                    i++;
                    break;
                case "--query" when i + 1 < args.Length:
                    query = args[++i];
                    break;
                case "--modes" when i + 1 < args.Length:
                    modes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        Process? server = null;
        try
        {
            if (url is null)
            {
                (server, url) = await StartServerProcessAsync();
            }
            var uri = new Uri(url);
            string connectionString = $"Host={uri.Host};Port={uri.Port};User=bench;Source=manifold-bench";
            Console.WriteLine($"server {url}, query: {query}, {runs} run(s) per mode after one warm-up");
            foreach (string mode in modes)
            {
                await RunModeAsync(mode, connectionString, url, query, 1, server, report: false);
                await RunModeAsync(mode, connectionString, url, query, runs, server, report: true);
            }
            return 0;
        }
        finally
        {
            if (server is not null)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
                server.Dispose();
            }
        }
    }

    private static async Task RunModeAsync(string mode, string connectionString, string url, string query, int runs, Process? server, bool report)
    {
        var rates = new List<double>();
        var clientCpu = new List<double>();
        var serverCpu = new List<double>();
        long rows = 0;
        long peakHeap = 0;
        for (int run = 0; run < runs; run++)
        {
            GC.Collect();
            TimeSpan clientStart = Process.GetCurrentProcess().TotalProcessorTime;
            TimeSpan serverStart = ServerCpu(server);
            var clock = Stopwatch.StartNew();
            (rows, long heap) = mode switch
            {
                "raw" => await RawAsync(url, query),
                "read" => await ReadAsync(connectionString, query, typed: false),
                "typed" => await ReadAsync(connectionString, query, typed: true),
                _ => throw new BenchmarkSetupException($"Unknown mode '{mode}' (raw, read, typed)"),
            };
            clock.Stop();
            peakHeap = Math.Max(peakHeap, heap);
            rates.Add(rows / clock.Elapsed.TotalSeconds);
            clientCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - clientStart).TotalSeconds);
            serverCpu.Add((ServerCpu(server) - serverStart).TotalSeconds);
        }
        if (report)
        {
            string serverText = server is null ? "n/a" : $"{Median(serverCpu):0.00} s";
            string runList = string.Join(", ", rates.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)));
            string memory = mode == "raw"
                ? $"JSON {peakHeap / 1048576.0:0} MB"
                : $"client live heap {peakHeap / 1048576.0:0} MB (peak, after a full GC every 1M rows), process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mode,-6} {rows,10:N0} rows  {Median(rates),12:N0} rows/s (median; runs {runList})  client CPU {Median(clientCpu):0.00} s  server CPU {serverText}  {memory}"));
        }
    }

    /// <summary>Every column read with the typed getter of its type, as an application would.</summary>
    private static async Task<(long Rows, long PeakHeap)> ReadAsync(string connectionString, string query, bool typed)
    {
        await using var connection = new ManifoldConnection(connectionString);
        await connection.OpenAsync();
        await using ManifoldCommand command = new(query, connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync();
        int columns = reader.FieldCount;
        var readers = new Action<ManifoldDataReader, int>[columns];
        for (int i = 0; i < columns; i++)
        {
            readers[i] = Getter(reader.GetFieldType(i));
        }
        long rows = 0;
        long peakHeap = 0;
        while (reader.Read())
        {
            if (typed)
            {
                for (int i = 0; i < columns; i++)
                {
                    if (!reader.IsDBNull(i))
                    {
                        readers[i](reader, i);
                    }
                }
            }
            if ((++rows & 0xFFFFF) == 0)
            {
                // What the client holds, not the garbage a server-GC process lets pile up between collections: a full
                // collection every 1M rows (six per run of sf1 lineitem) costs a few milliseconds.
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: true));
            }
        }
        return (rows, peakHeap);
    }

    private static Action<ManifoldDataReader, int> Getter(Type type) => type switch
    {
        _ when type == typeof(long) => static (r, i) => r.GetInt64(i),
        _ when type == typeof(int) => static (r, i) => r.GetInt32(i),
        _ when type == typeof(decimal) => static (r, i) => r.GetDecimal(i),
        _ when type == typeof(double) => static (r, i) => r.GetDouble(i),
        _ when type == typeof(string) => static (r, i) => r.GetString(i),
        _ when type == typeof(DateOnly) => static (r, i) => r.GetFieldValue<DateOnly>(i),
        _ when type == typeof(DateTime) => static (r, i) => r.GetDateTime(i),
        _ when type == typeof(bool) => static (r, i) => r.GetBoolean(i),
        _ => static (r, i) => r.GetValue(i),
    };

    /// <summary>The protocol loop alone: POST, follow nextUri, count the rows by scanning nothing (bytes discarded).</summary>
    private static async Task<(long Rows, long PeakHeap)> RawAsync(string url, string query)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(url), "/v1/statement")) { Content = new StringContent(query) };
        post.Headers.Add("X-Trino-User", "bench");
        using HttpResponseMessage first = await http.SendAsync(post);
        string? next = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("nextUri").GetString();
        long bytes = 0;
        long rows = 0;
        while (next is not null)
        {
            byte[] body = await http.GetByteArrayAsync(next);
            bytes += body.Length;
            // nextUri is near the start; the rest is data, stats and columns we do not look at.
            var reader = new Utf8JsonReader(body);
            next = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    if (reader.ValueTextEquals("nextUri"))
                    {
                        reader.Read();
                        next = reader.GetString();
                    }
                    else if (reader.ValueTextEquals("data"))
                    {
                        reader.Read();
                        int depth = reader.CurrentDepth;
                        while (reader.Read() && reader.CurrentDepth > depth)
                        {
                            if (reader.TokenType == JsonTokenType.StartArray && reader.CurrentDepth == depth + 1)
                            {
                                rows++;
                                reader.Skip();
                            }
                        }
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
            }
        }
        return (rows, bytes);
    }

    private static TimeSpan ServerCpu(Process? server)
    {
        if (server is null)
        {
            return TimeSpan.Zero;
        }
        server.Refresh();
        return server.TotalProcessorTime;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<(Process Server, string Url)> StartServerProcessAsync()
    {
        string self = Environment.ProcessPath ?? throw new BenchmarkSetupException("Cannot find this executable to start the server");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ClientBenchmark).Assembly.Location);
        }
        start.ArgumentList.Add("client");
        start.ArgumentList.Add("--serve");
        Process server = Process.Start(start) ?? throw new BenchmarkSetupException("Cannot start the server process");
        string? line = await server.StandardOutput.ReadLineAsync();
        if (line is null || !line.StartsWith("http", StringComparison.Ordinal))
        {
            server.Kill(entireProcessTree: true);
            throw new BenchmarkSetupException($"The server process did not start: {line}");
        }
        return (server, line);
    }

    /// <summary>Child mode: a coordinator on a free loopback port; prints its address, runs until killed.</summary>
    private static async Task<int> ServeAsync()
    {
        await using CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", LogWriter = TextWriter.Null });
        Console.WriteLine(host.BaseAddress.ToString().TrimEnd('/'));
        await host.Stopped;
        return 0;
    }
}
