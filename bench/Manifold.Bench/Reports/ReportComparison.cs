using System.Globalization;
using System.Text.Json;

namespace Manifold.Bench.Reports;

/// <summary>The <c>compare</c> command: two reports of the same kind side by side with the ratio current ÷ baseline
/// (below 1 is faster). <c>tpch --json</c> reports compare the median seconds per query and add the sums of medians;
/// <c>micro --json</c> reports compare nanoseconds per row. Both end with the geometric mean of the ratios.</summary>
internal static class ReportComparison
{
    public static int Run(string baselinePath, string currentPath)
    {
        Report baseline = Read(baselinePath);
        Report current = Read(currentPath);
        if (baseline.IsTpch != current.IsTpch)
        {
            throw new BenchmarkSetupException("Cannot compare a tpch report with a micro report");
        }
        Console.WriteLine($"baseline: {baselinePath} {baseline.Description}");
        Console.WriteLine($"current:  {currentPath} {current.Description}");
        if (baseline.IsTpch && baseline.Description != current.Description)
        {
            Console.WriteLine("warning: the reports differ in scale, source or runs");
        }
        Console.WriteLine();
        string unit = baseline.IsTpch ? "_s" : "_ns/row";
        int width = Math.Max(7, baseline.Values.Keys.Concat(current.Values.Keys).Max(k => (int?)k.Length) ?? 0);
        string format = "{0,-" + width + "} {1,16} {2,16} {3,8}";
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, format, baseline.IsTpch ? "query" : "benchmark",
            "baseline" + unit, "current" + unit, "ratio"));
        var names = new SortedSet<string>(baseline.Values.Keys, StringComparer.Ordinal);
        names.UnionWith(current.Values.Keys);
        double baselineTotal = 0, currentTotal = 0, logSum = 0;
        int both = 0;
        foreach (string name in names)
        {
            double? b = baseline.Values.TryGetValue(name, out double baselineValue) ? baselineValue : null;
            double? c = current.Values.TryGetValue(name, out double currentValue) ? currentValue : null;
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
        if (baseline.IsTpch)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, format, "total", Show(baselineTotal), Show(currentTotal),
                baselineTotal > 0 ? (currentTotal / baselineTotal).ToString("F2", CultureInfo.InvariantCulture) : "-"));
        }
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, format, "geomean", "", "",
            both > 0 ? Math.Exp(logSum / both).ToString("F2", CultureInfo.InvariantCulture) : "-"));
        Console.WriteLine($"({(baseline.IsTpch ? "total and " : "")}geometric mean over the entries present in both reports)");
        return 0;
    }

    private static string Show(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "-";

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
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            if (root.TryGetProperty("benchmarks", out JsonElement benchmarks))
            {
                foreach (JsonElement benchmark in benchmarks.EnumerateArray())
                {
                    values[benchmark.GetProperty("name").GetString()!] = benchmark.GetProperty("ns_per_row").GetDouble();
                }
                return new Report(false, "(micro)", values);
            }
            foreach (JsonElement query in root.GetProperty("queries").EnumerateArray())
            {
                if (query.GetProperty("median_s").ValueKind == JsonValueKind.Number)
                {
                    values[query.GetProperty("query").GetString()!] = query.GetProperty("median_s").GetDouble();
                }
            }
            string description = string.Create(CultureInfo.InvariantCulture,
                $"(scale {root.GetProperty("scale").GetDouble()}, source {root.GetProperty("source").GetString()}, {root.GetProperty("runs").GetInt32()} run(s))");
            return new Report(true, description, values);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BenchmarkSetupException($"Report '{path}' is not a tpch or micro --json report: {e.Message}");
        }
    }

    private sealed record Report(bool IsTpch, string Description, Dictionary<string, double> Values);
}
