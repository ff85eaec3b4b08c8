using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Manifold.Server.Hosting;

/// <summary>Aggregates the instruments of one <see cref="Meter"/> and writes them in the Prometheus text exposition
/// format 0.0.4. A hand-written exporter over <see cref="MeterListener"/>: the OpenTelemetry/Prometheus packages are
/// not available to this project.</summary>
/// <remarks>Counters and histograms are summed as measurements arrive; observable instruments are read on scrape.
/// Thread-safe (one lock: measurements are per query or per request, not per row).</remarks>
public sealed class PrometheusExporter : IDisposable
{
    private static readonly double[] s_defaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener = new();
    private readonly Dictionary<Instrument, Family> _families = [];
    private readonly List<Family> _order = [];
    private readonly object _lock = new();

    /// <summary>Starts listening to every instrument of <paramref name="meter"/>.</summary>
    public PrometheusExporter(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                lock (_lock)
                {
                    var family = new Family(instrument);
                    _families[instrument] = family;
                    _order.Add(family);
                }
                listener.EnableMeasurementEvents(instrument, this);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, state) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, state) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, state) => Record(i, v, tags));
        _listener.Start();
    }

    /// <summary>Reads the observable instruments and writes every family: HELP, TYPE, then its samples.</summary>
    public string Scrape()
    {
        var text = new StringBuilder();
        lock (_lock)
        {
            _listener.RecordObservableInstruments();
            foreach (Family family in _order)
            {
                family.Write(text);
            }
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        lock (_lock)
        {
            if (_families.TryGetValue(instrument, out Family? family))
            {
                family.Record(value, Labels(tags));
            }
        }
    }

    /// <summary>Tags as a canonical <c>a="x",b="y"</c> (sorted by key, values escaped).</summary>
    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }
        var sorted = tags.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var text = new StringBuilder();
        foreach (var (key, value) in sorted)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }
            text.Append(SanitizeName(key)).Append("=\"");
            AppendEscaped(text, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
            text.Append('"');
        }
        return text.ToString();
    }

    /// <summary>Escapes a label value: backslash, double quote and line feed.</summary>
    internal static void AppendEscaped(StringBuilder text, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append("\\n"); break;
                default: text.Append(c); break;
            }
        }
    }

    private static string SanitizeName(string name)
    {
        var text = new StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or ':' || (i > 0 && c is >= '0' and <= '9');
            text.Append(ok ? c : '_');
        }
        return text.ToString();
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : double.IsNaN(value) ? "NaN"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Join(string labels, string extra) =>
        labels.Length == 0 ? (extra.Length == 0 ? "" : "{" + extra + "}")
        : "{" + labels + (extra.Length == 0 ? "" : "," + extra) + "}";

    private sealed class Family
    {
        private readonly Dictionary<string, Series> _series = new(StringComparer.Ordinal);
        private readonly string _name;
        private readonly string _type;
        private readonly string _help;
        private readonly double[]? _buckets;
        private readonly bool _observable;

        public Family(Instrument instrument)
        {
            string name = SanitizeName(instrument.Name);
            (_type, _observable) = instrument switch
            {
                Counter<long> or Counter<int> or Counter<double> => ("counter", false),
                ObservableCounter<long> or ObservableCounter<int> or ObservableCounter<double> => ("counter", true),
                Histogram<double> or Histogram<long> or Histogram<int> => ("histogram", false),
                ObservableGauge<long> or ObservableGauge<int> or ObservableGauge<double> => ("gauge", true),
                _ => ("gauge", false),
            };
            _name = _type == "counter" && !name.EndsWith("_total", StringComparison.Ordinal) ? name + "_total" : name;
            _help = (instrument.Description ?? instrument.Name).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            if (_type == "histogram")
            {
                _buckets = (instrument as Histogram<double>)?.Advice?.HistogramBucketBoundaries?.ToArray() ?? s_defaultBuckets;
            }
        }

        public void Record(double value, string labels)
        {
            if (!_series.TryGetValue(labels, out Series? series))
            {
                series = new Series(_buckets is null ? 0 : _buckets.Length + 1);
                _series[labels] = series;
            }
            if (_buckets is not null)
            {
                int i = 0;
                while (i < _buckets.Length && value > _buckets[i])
                {
                    i++;
                }
                series.Buckets[i]++;
                series.Count++;
                series.Value += value;
            }
            else if (_observable)
            {
                series.Value = value;   // observable counters report the running total, gauges the current value
            }
            else
            {
                series.Value += value;
            }
        }

        public void Write(StringBuilder text)
        {
            text.Append("# HELP ").Append(_name).Append(' ').Append(_help).Append('\n');
            text.Append("# TYPE ").Append(_name).Append(' ').Append(_type).Append('\n');
            var keys = new List<string>(_series.Keys);
            keys.Sort(StringComparer.Ordinal);
            foreach (string labels in keys)
            {
                Series series = _series[labels];
                if (_buckets is null)
                {
                    text.Append(_name).Append(Join(labels, "")).Append(' ').Append(Number(series.Value)).Append('\n');
                    continue;
                }
                long cumulative = 0;
                for (int i = 0; i <= _buckets.Length; i++)
                {
                    cumulative += series.Buckets[i];
                    string le = i < _buckets.Length ? Number(_buckets[i]) : "+Inf";
                    text.Append(_name).Append("_bucket").Append(Join(labels, "le=\"" + le + "\"")).Append(' ')
                        .Append(cumulative.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
                text.Append(_name).Append("_sum").Append(Join(labels, "")).Append(' ').Append(Number(series.Value)).Append('\n');
                text.Append(_name).Append("_count").Append(Join(labels, "")).Append(' ')
                    .Append(series.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }
    }

    private sealed class Series(int buckets)
    {
        public long[] Buckets { get; } = new long[buckets];
        public long Count { get; set; }
        public double Value { get; set; }
    }
}
