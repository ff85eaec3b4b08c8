namespace Manifold.Server.Protocol;

/// <summary>Progress of a statement (client-protocol.md §4.3); every member keeps Trino's name and JSON type.</summary>
internal sealed record StatementStats
{
    public required string State { get; init; }
    public bool Queued { get; init; }
    public bool Scheduled { get; init; }
    public int Nodes { get; init; }
    public int TotalSplits { get; init; }
    public int QueuedSplits { get; init; }
    public int RunningSplits { get; init; }
    public int CompletedSplits { get; init; }
    public long CpuTimeMillis { get; init; }
    public long WallTimeMillis { get; init; }
    public long QueuedTimeMillis { get; init; }
    public long ElapsedTimeMillis { get; init; }
    public long ProcessedRows { get; init; }
    public long ProcessedBytes { get; init; }
    public long PhysicalInputBytes { get; init; }
    public long PeakMemoryBytes { get; init; }
    public long SpilledBytes { get; init; }
    public StageStats? RootStage { get; init; }
    public double? ProgressPercentage { get; init; }
    public double? RunningPercentage { get; init; }
}
