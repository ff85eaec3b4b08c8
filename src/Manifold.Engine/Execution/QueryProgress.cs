namespace Manifold.Engine.Execution;

/// <summary>Live progress of one query's table scans: splits known, started and finished, and the rows and bytes read.
/// Always on and cheap (a few interlocked adds per split and per page), so a coordinator can report progress while the
/// query runs.</summary>
/// <remarks>Splits are listed when a scan first asks for one, so <see cref="TotalSplits"/> grows as later scans (the
/// probe side after a join build, say) start.</remarks>
public sealed class QueryProgress
{
    private long _totalSplits;
    private long _startedSplits;
    private long _completedSplits;
    private long _inputRows;
    private long _inputBytes;

    /// <summary>Splits of the scans that have started.</summary>
    public long TotalSplits => Interlocked.Read(ref _totalSplits);

    /// <summary>Splits read to the end.</summary>
    public long CompletedSplits => Interlocked.Read(ref _completedSplits);

    /// <summary>Splits being read now.</summary>
    public long RunningSplits => Math.Max(0, Interlocked.Read(ref _startedSplits) - CompletedSplits);

    /// <summary>Splits not started yet.</summary>
    public long QueuedSplits => Math.Max(0, TotalSplits - Interlocked.Read(ref _startedSplits));

    /// <summary>Rows the scans read.</summary>
    public long InputRows => Interlocked.Read(ref _inputRows);

    /// <summary>Bytes the scans read, as their connectors count them (the pages' size in memory where a connector does
    /// not).</summary>
    public long InputBytes => Interlocked.Read(ref _inputBytes);

    internal void SplitsListed(int count) => Interlocked.Add(ref _totalSplits, count);

    internal void SplitStarted() => Interlocked.Increment(ref _startedSplits);

    internal void SplitCompleted() => Interlocked.Increment(ref _completedSplits);

    internal void Read(int rows, long bytes)
    {
        Interlocked.Add(ref _inputRows, rows);
        Interlocked.Add(ref _inputBytes, bytes);
    }
}
