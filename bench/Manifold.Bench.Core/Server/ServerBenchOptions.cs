using System.Globalization;

namespace Manifold.Bench.Server;

/// <summary>The options of <c>Manifold.Bench server</c>.</summary>
public sealed record ServerBenchOptions
{
    /// <summary>Run the <c>SELECT 1</c> round trip.</summary>
    public bool Roundtrip { get; init; }

    /// <summary>Stream <c>lineitem</c> to the client.</summary>
    public bool Stream { get; init; }

    /// <summary>Many concurrent submitters.</summary>
    public bool Concurrent { get; init; }

    /// <summary>A running coordinator to measure; null starts one in-process on loopback.</summary>
    public Uri? Url { get; init; }

    /// <summary>Timed runs; null for each workload's default (round trip 2000, stream 3).</summary>
    public int? Runs { get; init; }

    /// <summary>Untimed runs first; null for each workload's default (round trip 200, stream 1).</summary>
    public int? Warmup { get; init; }

    /// <summary>The TPC-H scale factor of the streamed <c>lineitem</c> (1 = about 6 M rows).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>How long the concurrent workload is measured.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the concurrent clients run before the measurement starts.</summary>
    public TimeSpan WarmupDuration { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Concurrent submitters.</summary>
    public int Clients { get; init; } = 1000;

    /// <summary>The statement of the round-trip and concurrent workloads.</summary>
    public string ShortQuery { get; init; } = "SELECT 1";

    /// <summary>Where to write the JSON report; null for none.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Round-trip runs: <see cref="Runs"/> or 2000.</summary>
    public int RoundtripRuns => Runs ?? 2000;

    /// <summary>Round-trip warm-up runs: <see cref="Warmup"/> or 200.</summary>
    public int RoundtripWarmup => Warmup ?? 200;

    /// <summary>Stream runs: <see cref="Runs"/> or 3.</summary>
    public int StreamRuns => Runs ?? 3;

    /// <summary>Stream warm-up runs: <see cref="Warmup"/> or 1.</summary>
    public int StreamWarmup => Warmup ?? 1;

    /// <summary>The streamed statement: every column of <c>lineitem</c> at <see cref="Scale"/>
    /// (<c>tpch.sf1.lineitem</c>, <c>tpch."sf0.1".lineitem</c>).</summary>
    public string StreamQuery
    {
        get
        {
            string schema = SchemaName(Scale);
            return $"SELECT * FROM tpch.{(schema.Contains('.') ? $"\"{schema}\"" : schema)}.lineitem";
        }
    }

    /// <summary>The tpch schema of a scale factor: <c>tiny</c> for 0.01, else <c>sf</c> and the number.</summary>
    public static string SchemaName(double scale)
        => scale == 0.01 ? "tiny" : "sf" + scale.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>roundtrip|stream|concurrent|all</c> and the options after it; null and an error otherwise.</summary>
    public static ServerBenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var options = new ServerBenchOptions();
        int i = 0;
        if (args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            switch (args[0])
            {
                case "roundtrip":
                    options = options with { Roundtrip = true };
                    break;
                case "stream":
                    options = options with { Stream = true };
                    break;
                case "concurrent":
                    options = options with { Concurrent = true };
                    break;
                case "all":
                    options = options with { Roundtrip = true, Stream = true, Concurrent = true };
                    break;
                default:
                    error = $"Unknown workload '{args[0]}' (roundtrip, stream, concurrent or all)";
                    return null;
            }
            i = 1;
        }
        else
        {
            options = options with { Roundtrip = true, Stream = true, Concurrent = true };
        }
        for (; i < args.Count; i++)
        {
            string name = args[i];
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            bool ok = true;
            switch (name)
            {
                case "--url":
                    ok = Uri.TryCreate(value, UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https";
                    if (ok)
                    {
                        options = options with { Url = url!.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/") };
                    }
                    break;
                case "--runs":
                    ok = TryCount(value, 1, out int runs);
                    options = options with { Runs = runs };
                    break;
                case "--warmup":
                    ok = TryCount(value, 0, out int warmup);
                    options = options with { Warmup = warmup };
                    break;
                case "--scale":
                    ok = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double scale) && scale > 0;
                    options = options with { Scale = scale };
                    break;
                case "--duration":
                    ok = TrySeconds(value, out TimeSpan duration) && duration > TimeSpan.Zero;
                    options = options with { Duration = duration };
                    break;
                case "--warmup-duration":
                    ok = TrySeconds(value, out TimeSpan warmupDuration);
                    options = options with { WarmupDuration = warmupDuration };
                    break;
                case "--clients":
                    ok = TryCount(value, 1, out int clients);
                    options = options with { Clients = clients };
                    break;
                case "--query":
                    ok = !string.IsNullOrWhiteSpace(value);
                    options = options with { ShortQuery = value ?? "" };
                    break;
                case "--json":
                    ok = !string.IsNullOrEmpty(value);
                    options = options with { JsonPath = value };
                    break;
                default:
                    error = $"Unknown option '{name}'";
                    return null;
            }
            if (!ok)
            {
                error = $"Missing or invalid value for {name}: '{value}'";
                return null;
            }
            i++;
        }
        return options;
    }

    private static bool TryCount(string? text, int min, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min;

    /// <summary>Seconds, fractional allowed: <c>10</c>, <c>0.5</c>.</summary>
    private static bool TrySeconds(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || seconds < 0 || seconds > 86_400)
        {
            return false;
        }
        value = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
