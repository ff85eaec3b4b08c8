using System.Globalization;

namespace Manifold.Bench.Tpch;

/// <summary>Arguments of the <c>tpch</c> command.</summary>
internal sealed record TpchOptions
{
    public double Scale { get; init; } = 1;
    public TpchSource Source { get; init; } = TpchSource.Memory;
    public IReadOnlyList<int> Queries { get; init; } = Enumerable.Range(1, TpchQueries.Count).ToArray();
    public int Runs { get; init; } = 3;
    public int Warmup { get; init; } = 1;
    public string? JsonPath { get; init; }
    public string? VerifyDirectory { get; init; }
    public string? QueriesDirectory { get; init; }

    /// <summary>Parses the arguments after <c>tpch</c>; null with <paramref name="error"/> set when they are invalid.</summary>
    public static TpchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new TpchOptions();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            string? value = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (name.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            bool consumedNext = equals <= 0;
            if (value is null)
            {
                error = $"Option '{name}' needs a value";
                return null;
            }
            switch (name)
            {
                case "--scale":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double scale) || !(scale > 0)
                        || double.IsInfinity(scale))
                    {
                        error = $"Invalid scale factor '{value}'";
                        return null;
                    }
                    options = options with { Scale = scale };
                    break;
                case "--source":
                    switch (value.ToLowerInvariant())
                    {
                        case "memory":
                            options = options with { Source = TpchSource.Memory };
                            break;
                        case "tpch":
                            options = options with { Source = TpchSource.Tpch };
                            break;
                        default:
                            error = $"Invalid source '{value}' (memory or tpch)";
                            return null;
                    }
                    break;
                case "--queries":
                    {
                        IReadOnlyList<int>? queries = ParseQueries(value);
                        if (queries is null)
                        {
                            error = $"Invalid query list '{value}' (numbers 1 to 22, e.g. 1,3,q05)";
                            return null;
                        }
                        options = options with { Queries = queries };
                        break;
                    }
                case "--runs":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int runs) || runs < 1)
                    {
                        error = $"Invalid run count '{value}' (at least 1)";
                        return null;
                    }
                    options = options with { Runs = runs };
                    break;
                case "--warmup":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int warmup))
                    {
                        error = $"Invalid warm-up count '{value}'";
                        return null;
                    }
                    options = options with { Warmup = warmup };
                    break;
                case "--json":
                    options = options with { JsonPath = value };
                    break;
                case "--verify":
                    options = options with { VerifyDirectory = value };
                    break;
                case "--queries-dir":
                    options = options with { QueriesDirectory = value };
                    break;
                default:
                    error = $"Unknown option '{name}'";
                    return null;
            }
            if (consumedNext)
            {
                i++;
            }
        }
        return options;
    }

    private static IReadOnlyList<int>? ParseQueries(string text)
    {
        var queries = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string digits = part.StartsWith('q') || part.StartsWith('Q') ? part[1..] : part;
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                || number is < 1 or > TpchQueries.Count)
            {
                return null;
            }
            if (!queries.Contains(number))
            {
                queries.Add(number);
            }
        }
        return queries.Count == 0 ? null : queries;
    }
}
