namespace Manifold.Client;

/// <summary>A query's progress as the latest protocol response reported it (<c>stats</c>, §4.3).</summary>
/// <param name="State">QUEUED, PLANNING, RUNNING, FINISHING, FINISHED, FAILED, ... (informational).</param>
/// <param name="Queued">True while the query waits for admission.</param>
/// <param name="Scheduled">True once all stages are scheduled; progress is meaningful only then.</param>
/// <param name="Nodes">Nodes running tasks of the query.</param>
/// <param name="TotalSplits">Splits created so far.</param>
/// <param name="QueuedSplits">Splits waiting to run.</param>
/// <param name="RunningSplits">Splits running.</param>
/// <param name="CompletedSplits">Splits finished.</param>
/// <param name="CpuTime">CPU time over all tasks.</param>
/// <param name="WallTime">Scheduled (wall) time over all splits.</param>
/// <param name="QueuedTime">Time spent queued.</param>
/// <param name="ElapsedTime">Time since the query was created.</param>
/// <param name="ProcessedRows">Rows read from sources.</param>
/// <param name="ProcessedBytes">Bytes read from sources.</param>
/// <param name="PhysicalInputBytes">Bytes read from storage.</param>
/// <param name="PeakMemoryBytes">Peak user memory.</param>
/// <param name="SpilledBytes">Bytes spilled to disk.</param>
/// <param name="ProgressPercentage">Completed share of splits in percent; null until the query is scheduled.</param>
public sealed record ManifoldQueryStats(
    string State,
    bool Queued,
    bool Scheduled,
    int Nodes,
    int TotalSplits,
    int QueuedSplits,
    int RunningSplits,
    int CompletedSplits,
    TimeSpan CpuTime,
    TimeSpan WallTime,
    TimeSpan QueuedTime,
    TimeSpan ElapsedTime,
    long ProcessedRows,
    long ProcessedBytes,
    long PhysicalInputBytes,
    long PeakMemoryBytes,
    long SpilledBytes,
    double? ProgressPercentage)
{
    /// <summary>The stats before the server answered.</summary>
    public static ManifoldQueryStats Empty { get; } = new("QUEUED", true, false, 0, 0, 0, 0, 0, default, default, default, default, 0, 0, 0, 0, 0, null);
}
