using System.Diagnostics.Metrics;
using Manifold.Server.Queries;

namespace Manifold.Server.Hosting;

/// <summary>The coordinator's instruments: one <see cref="Meter"/> named <c>Manifold.Server</c> per host, recorded where
/// things happen (<see cref="QueryManager"/>, the HTTP middleware) and exported by <see cref="PrometheusExporter"/>.</summary>
/// <remarks>Built on System.Diagnostics.Metrics only: no OpenTelemetry or Prometheus package is available to this
/// project, so the exporter is a small <see cref="MeterListener"/> of our own. Instrument names are already in
/// Prometheus form (unit in the name); counters get <c>_total</c> appended on export.</remarks>
public sealed class ServerMetrics : IDisposable
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Manifold.Server";

    private static readonly double[] s_secondsBuckets =
        [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];

    private static readonly QueryState[] s_states = Enum.GetValues<QueryState>();

    private readonly Meter _meter = new(MeterName);

    /// <summary>Creates the instruments; the queries-by-state gauge reads <paramref name="registry"/> on scrape.</summary>
    public ServerMetrics(IQueryRegistry registry)
    {
        var advice = new InstrumentAdvice<double> { HistogramBucketBoundaries = s_secondsBuckets };
        QueriesStarted = _meter.CreateCounter<long>("manifold_queries_started", null, "Queries submitted to this coordinator");
        QueriesFinished = _meter.CreateCounter<long>("manifold_queries_finished", null, "Queries that reached FINISHED");
        QueriesFailed = _meter.CreateCounter<long>("manifold_queries_failed", null, "Queries that reached FAILED, by error type and name");
        QueuedTime = _meter.CreateHistogram("manifold_query_queued_seconds", "s", "Time from submission to admission (queue and admission wait)", null, advice);
        ExecutionTime = _meter.CreateHistogram("manifold_query_execution_seconds", "s", "Time from admission to the end of the query", null, advice);
        OutputRows = _meter.CreateCounter<long>("manifold_query_output_rows", null, "Rows produced by ended queries (buffered for clients)");
        OutputBytes = _meter.CreateCounter<long>("manifold_query_output_bytes", "By", "Encoded JSON bytes produced by ended queries");
        ReturnedRows = _meter.CreateCounter<long>("manifold_client_returned_rows", null, "Rows written to clients in statement responses (a re-sent page counts again)");
        ReturnedBytes = _meter.CreateCounter<long>("manifold_client_returned_bytes", "By", "Encoded JSON row bytes written to clients in statement responses");
        HttpDuration = _meter.CreateHistogram("manifold_http_server_request_duration_seconds", "s", "HTTP request latency by method, route template and status code", null, advice);
        _meter.CreateObservableGauge("manifold_queries", () => QueriesByState(registry), null, "Queries known to the coordinator, by state");
        _meter.CreateObservableGauge("manifold_process_working_set_bytes", () => Environment.WorkingSet, "By", "Process working set");
        _meter.CreateObservableGauge("manifold_gc_heap_size_bytes", () => GC.GetGCMemoryInfo().HeapSizeBytes, "By", "GC heap size as of the last collection");
        _meter.CreateObservableGauge("manifold_gc_allocated_heap_bytes", () => GC.GetTotalMemory(false), "By", "Bytes currently thought to be allocated on the GC heap");
        _meter.CreateObservableCounter("manifold_gc_collections", GcCollections, null, "Garbage collections by generation since the process started");
        _meter.CreateObservableGauge("manifold_thread_pool_threads", () => ThreadPool.ThreadCount, null, "Thread pool threads");
        _meter.CreateObservableGauge("manifold_thread_pool_queue_length", () => ThreadPool.PendingWorkItemCount, null, "Work items queued to the thread pool");
    }

    /// <summary>The meter (one per host, so two coordinators in one process do not mix their series).</summary>
    public Meter Meter => _meter;

    /// <summary>Queries submitted.</summary>
    public Counter<long> QueriesStarted { get; }

    /// <summary>Queries finished.</summary>
    public Counter<long> QueriesFinished { get; }

    /// <summary>Queries failed; tags <c>error_type</c>, <c>error_name</c>.</summary>
    public Counter<long> QueriesFailed { get; }

    /// <summary>Queue and admission wait of ended queries, seconds.</summary>
    public Histogram<double> QueuedTime { get; }

    /// <summary>Execution time of ended queries, seconds.</summary>
    public Histogram<double> ExecutionTime { get; }

    /// <summary>Rows produced by ended queries.</summary>
    public Counter<long> OutputRows { get; }

    /// <summary>Encoded bytes produced by ended queries.</summary>
    public Counter<long> OutputBytes { get; }

    /// <summary>Rows written to clients.</summary>
    public Counter<long> ReturnedRows { get; }

    /// <summary>Encoded row bytes written to clients.</summary>
    public Counter<long> ReturnedBytes { get; }

    /// <summary>HTTP latency, seconds; tags <c>method</c>, <c>route</c>, <c>status_code</c>.</summary>
    public Histogram<double> HttpDuration { get; }

    /// <summary>Adds zero to the unlabelled counters so they are exported as 0 before the first query (call once an
    /// exporter listens).</summary>
    public void Prime()
    {
        QueriesStarted.Add(0);
        QueriesFinished.Add(0);
        OutputRows.Add(0);
        OutputBytes.Add(0);
        ReturnedRows.Add(0);
        ReturnedBytes.Add(0);
    }

    /// <summary>Records a statement response that carried <paramref name="rows"/> rows.</summary>
    public void RowsReturned(long rows, long bytes)
    {
        ReturnedRows.Add(rows);
        ReturnedBytes.Add(bytes);
    }

    /// <summary>Records a query that reached FINISHED or FAILED.</summary>
    public void QueryDone(QuerySnapshot snapshot)
    {
        if (snapshot.State == QueryState.Failed)
        {
            QueriesFailed.Add(1,
                new KeyValuePair<string, object?>("error_type", snapshot.ErrorCode?.TypeName ?? "UNKNOWN"),
                new KeyValuePair<string, object?>("error_name", snapshot.ErrorCode?.Name ?? "UNKNOWN"));
        }
        else
        {
            QueriesFinished.Add(1);
        }
        QueuedTime.Record(snapshot.QueuedTime.TotalSeconds);
        ExecutionTime.Record(snapshot.ExecutionTime.TotalSeconds);
        OutputRows.Add(snapshot.OutputRows);
        OutputBytes.Add(snapshot.OutputBytes);
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private static IEnumerable<Measurement<long>> QueriesByState(IQueryRegistry registry)
    {
        var counts = new long[s_states.Length];
        foreach (QuerySnapshot query in registry.ListQueries())
        {
            counts[(int)query.State]++;
        }
        var result = new Measurement<long>[s_states.Length];
        for (int i = 0; i < s_states.Length; i++)
        {
            result[i] = new Measurement<long>(counts[i], new KeyValuePair<string, object?>("state", s_states[i].ToWireName()));
        }
        return result;
    }

    private static IEnumerable<Measurement<long>> GcCollections()
    {
        var result = new Measurement<long>[GC.MaxGeneration + 1];
        for (int g = 0; g <= GC.MaxGeneration; g++)
        {
            result[g] = new Measurement<long>(GC.CollectionCount(g), new KeyValuePair<string, object?>("generation", "gen" + g));
        }
        return result;
    }
}
