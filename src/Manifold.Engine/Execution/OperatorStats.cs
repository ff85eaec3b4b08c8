namespace Manifold.Engine.Execution;

/// <summary>Counters of one plan node's operators, summed over every worker thread. Thread-safe.</summary>
public sealed class OperatorStats(string name)
{
    private long _inputRows;
    private long _outputRows;
    private long _outputPages;
    private long _wallTicks;
    private long _peakMemory;

    /// <summary>The operator's name, e.g. <c>HashAggregation</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Rows received.</summary>
    public long InputRows => Interlocked.Read(ref _inputRows);

    /// <summary>Rows produced.</summary>
    public long OutputRows => Interlocked.Read(ref _outputRows);

    /// <summary>Pages produced.</summary>
    public long OutputPages => Interlocked.Read(ref _outputPages);

    /// <summary>Time spent in the operator and its inputs, summed over threads.</summary>
    public TimeSpan WallTime => TimeSpan.FromSeconds((double)Interlocked.Read(ref _wallTicks) / System.Diagnostics.Stopwatch.Frequency);

    /// <summary>The memory the node's operators reserve (for those that keep state).</summary>
    public Spi.Memory.MemoryContext? Memory { get; set; }

    /// <summary>The largest memory reservation seen.</summary>
    public long PeakMemoryBytes => Math.Max(Interlocked.Read(ref _peakMemory), Memory?.PeakBytes ?? 0);

    /// <summary>Counts input rows.</summary>
    public void RecordInput(long rows) => Interlocked.Add(ref _inputRows, rows);

    /// <summary>Counts an output page.</summary>
    public void RecordOutput(long rows)
    {
        Interlocked.Add(ref _outputRows, rows);
        Interlocked.Increment(ref _outputPages);
    }

    /// <summary>Adds elapsed time in stopwatch ticks.</summary>
    public void RecordTime(long ticks) => Interlocked.Add(ref _wallTicks, ticks);

    /// <summary>Records a memory reservation.</summary>
    public void RecordMemory(long bytes)
    {
        long peak = Interlocked.Read(ref _peakMemory);
        while (bytes > peak)
        {
            long seen = Interlocked.CompareExchange(ref _peakMemory, bytes, peak);
            if (seen == peak)
            {
                return;
            }
            peak = seen;
        }
    }
}
