using System.Globalization;
using System.Text.Json;

namespace Manifold.Bench.Tpch;

/// <summary>The <c>compare</c> command: two <c>tpch --json</c> reports side by side, per query median and ratio
/// (current ÷ baseline: below 1 is faster), then the sums of medians and the geometric mean of the ratios.</summary>
internal static class ReportComparison
{
    public static int Run(string baselinePath, string currentPath)
    {
        Report baseline = Read(baselinePath);
        Report current = Read(currentPath);
        Console.WriteLine($"baseline: {baselinePath} (scale {baseline.Scale}, source {baseline.Source}, {baseline.Runs} run(s))");
        Console.WriteLine($"current:  {currentPath} (scale {current.Scale}, source {current.Source}, {current.Runs} run(s))");
        if (baseline.Scale != current.Scale || baseline.Source != current.Source)
        {
            Console.WriteLine("warning: the reports differ in scale or source");
        }
        Console.WriteLine();
        const string format = "{0,-7} {1,12} {2,12} {3,8}";
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, format, "query", "baseline_s", "current_s", "ratio"));
        var names = new SortedSet<string>(baseline.Medians.Keys, StringComparer.Ordinal);
        names.UnionWith(current.Medians.Keys);
        double baselineTotal = 0, currentTotal = 0, logSum = 0;
        int both = 0;
        foreach (string name in names)
        {
            double? b = baseline.Medians.TryGetValue(name, out double baselineMedian) ? baselineMedian : null;
            double? c = current.Medians.TryGetValue(name, out double currentMedian) ? currentMedian : null;
            string ratio = "-";
            if (b is { } bv && c is { } cv)
            {
                baselineTotal += bv;
                currentTotal += cv;
                if (bv > 0 && cv > 0)
                {
                    ratio = (cv / bv).ToString("F2", CultureInfo.InvariantCulture);
                    logSum += Math.Log(cv / bv);
                    both++;
                }
            }
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, format, name, Show(b), Show(c), ratio));
        }
        Console.WriteLine();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, format, "total", Show(baselineTotal), Show(currentTotal),
            baselineTotal > 0 ? (currentTotal / baselineTotal).ToString("F2", CultureInfo.InvariantCulture) : "-"));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, format, "geomean", "", "",
            both > 0 ? Math.Exp(logSum / both).ToString("F2", CultureInfo.InvariantCulture) : "-"));
        Console.WriteLine("(sums and geometric mean over the queries that ran in both reports)");
        return 0;
    }

    private static string Show(double? seconds) => seconds is { } s ? s.ToString("F3", CultureInfo.InvariantCulture) : "-";

    private static Report Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new BenchmarkSetupException($"Report '{path}' not found");
        }
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = document.RootElement;
            var medians = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (JsonElement query in root.GetProperty("queries").EnumerateArray())
            {
                if (query.GetProperty("median_s").ValueKind == JsonValueKind.Number)
                {
                    medians[query.GetProperty("query").GetString()!] = query.GetProperty("median_s").GetDouble();
                }
            }
            return new Report(
                root.GetProperty("scale").GetDouble().ToString(CultureInfo.InvariantCulture),
                root.GetProperty("source").GetString() ?? "",
                root.GetProperty("runs").GetInt32(),
                medians);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BenchmarkSetupException($"Report '{path}' is not a tpch --json report: {e.Message}");
        }
    }

    private sealed record Report(string Scale, string Source, int Runs, Dictionary<string, double> Medians);
}
