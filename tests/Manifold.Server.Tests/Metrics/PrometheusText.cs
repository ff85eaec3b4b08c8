using System.Globalization;
using System.Text;

namespace Manifold.Server.Tests.Metrics;

/// <summary>A strict reader of the Prometheus text format 0.0.4, enough to check what /metrics writes: every family
/// has HELP then TYPE before its samples, every sample is <c>name{labels} value</c>, no series appears twice.</summary>
public sealed class PrometheusText
{
    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Help { get; } = new(StringComparer.Ordinal);

    /// <summary>Samples keyed by <c>name{a="x",b="y"}</c> (labels in written order, values unescaped).</summary>
    public Dictionary<string, double> Samples { get; } = new(StringComparer.Ordinal);

    /// <summary>Samples in order, with parsed labels.</summary>
    public List<(string Name, List<KeyValuePair<string, string>> Labels, double Value)> Lines { get; } = [];

    public static PrometheusText Parse(string text)
    {
        var result = new PrometheusText();
        Assert.EndsWith("\n", text);
        string? family = null;
        var seenFamilies = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in text[..^1].Split('\n'))
        {
            Assert.False(string.IsNullOrWhiteSpace(line), "blank line");
            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                string rest = line[7..];
                int space = rest.IndexOf(' ', StringComparison.Ordinal);
                family = space < 0 ? rest : rest[..space];
                AssertName(family);
                Assert.True(seenFamilies.Add(family), $"family {family} written twice");
                result.Help[family] = space < 0 ? "" : rest[(space + 1)..];
                continue;
            }
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                string[] parts = line[7..].Split(' ');
                Assert.Equal(2, parts.Length);
                Assert.Equal(family, parts[0]);
                Assert.Contains(parts[1], new[] { "counter", "gauge", "histogram", "summary", "untyped" });
                Assert.False(result.Types.ContainsKey(parts[0]), $"TYPE of {parts[0]} twice");
                result.Types[parts[0]] = parts[1];
                continue;
            }
            Assert.False(line.StartsWith('#'), $"unexpected comment: {line}");
            var (name, labels, value) = ParseSample(line);
            Assert.NotNull(family);
            Assert.True(result.Types.TryGetValue(family!, out string? type), $"sample {name} before TYPE of {family}");
            string expectedBase = type == "histogram"
                ? (name.EndsWith("_bucket", StringComparison.Ordinal) ? name[..^7] : name.EndsWith("_sum", StringComparison.Ordinal) ? name[..^4] : name.EndsWith("_count", StringComparison.Ordinal) ? name[..^6] : name)
                : name;
            Assert.Equal(family, expectedBase);
            string key = name + "{" + string.Join(",", labels.Select(l => l.Key + "=\"" + l.Value + "\"")) + "}";
            Assert.True(result.Samples.TryAdd(key, value), $"duplicate series {key}");
            result.Lines.Add((name, labels, value));
        }
        return result;
    }

    private static (string Name, List<KeyValuePair<string, string>> Labels, double Value) ParseSample(string line)
    {
        int i = 0;
        while (i < line.Length && line[i] != '{' && line[i] != ' ')
        {
            i++;
        }
        string name = line[..i];
        AssertName(name);
        var labels = new List<KeyValuePair<string, string>>();
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                int eq = line.IndexOf('=', i);
                Assert.True(eq > i, $"label without '=': {line}");
                string label = line[i..eq];
                AssertName(label);
                Assert.DoesNotContain(labels, l => l.Key == label);
                i = eq + 1;
                Assert.Equal('"', line[i]);
                i++;
                var value = new StringBuilder();
                while (line[i] != '"')
                {
                    if (line[i] == '\\')
                    {
                        i++;
                        value.Append(line[i] switch
                        {
                            '\\' => '\\',
                            '"' => '"',
                            'n' => '\n',
                            _ => throw new FormatException($"bad escape in {line}"),
                        });
                    }
                    else
                    {
                        value.Append(line[i]);
                    }
                    i++;
                }
                i++;
                labels.Add(new(label, value.ToString()));
                if (line[i] == ',')
                {
                    i++;
                }
                else
                {
                    Assert.Equal('}', line[i]);
                }
            }
            i++;
        }
        Assert.Equal(' ', line[i]);
        string number = line[(i + 1)..];
        double parsed = number switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return (name, labels, parsed);
    }

    private static void AssertName(string name) =>
        Assert.Matches("^[a-zA-Z_:][a-zA-Z0-9_:]*$", name);

    public double Value(string name, params (string Key, string Value)[] labels)
    {
        var match = Lines.Where(l => l.Name == name && labels.All(w => l.Labels.Any(x => x.Key == w.Key && x.Value == w.Value))).ToList();
        Assert.True(match.Count == 1, $"{match.Count} series of {name} match {string.Join(",", labels)}");
        return match[0].Value;
    }

    public double ValueOrZero(string name, params (string Key, string Value)[] labels) =>
        Lines.Any(l => l.Name == name && labels.All(w => l.Labels.Any(x => x.Key == w.Key && x.Value == w.Value))) ? Value(name, labels) : 0;

    /// <summary>Checks every histogram: buckets cumulative with ascending le, last +Inf, equal to _count; _sum present.</summary>
    public void AssertHistogramsConsistent()
    {
        foreach (var (family, type) in Types)
        {
            if (type != "histogram")
            {
                continue;
            }
            var bySeries = Lines.Where(l => l.Name == family + "_bucket")
                .GroupBy(l => string.Join(",", l.Labels.Where(x => x.Key != "le").Select(x => x.Key + "=" + x.Value)));
            foreach (var series in bySeries)
            {
                double previousLe = double.NegativeInfinity, previousCount = 0;
                var buckets = series.ToList();
                foreach (var bucket in buckets)
                {
                    string le = bucket.Labels.Single(x => x.Key == "le").Value;
                    double bound = le == "+Inf" ? double.PositiveInfinity : double.Parse(le, CultureInfo.InvariantCulture);
                    Assert.True(bound > previousLe, $"{family} le not ascending");
                    Assert.True(bucket.Value >= previousCount, $"{family} buckets not cumulative");
                    previousLe = bound;
                    previousCount = bucket.Value;
                }
                Assert.Equal("+Inf", buckets[^1].Labels.Single(x => x.Key == "le").Value);
                var others = buckets[^1].Labels.Where(x => x.Key != "le").Select(x => (x.Key, x.Value)).ToArray();
                Assert.Equal(buckets[^1].Value, Value(family + "_count", others));
                Value(family + "_sum", others);
            }
        }
    }
}
