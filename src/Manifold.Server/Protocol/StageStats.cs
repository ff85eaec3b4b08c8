namespace Manifold.Server.Protocol;

/// <summary>Progress of one stage; <see cref="SubStages"/> is always present.</summary>
internal sealed record StageStats
{
    public required string StageId { get; init; }
    public required string State { get; init; }
    public bool Done { get; init; }
    public int Nodes { get; init; }
    public int TotalSplits { get; init; }
    public int QueuedSplits { get; init; }
    public int RunningSplits { get; init; }
    public int CompletedSplits { get; init; }
    public long CpuTimeMillis { get; init; }
    public long WallTimeMillis { get; init; }
    public long ProcessedRows { get; init; }
    public long ProcessedBytes { get; init; }
    public long PhysicalInputBytes { get; init; }
    public int FailedTasks { get; init; }
    public bool CoordinatorOnly { get; init; }
    public IReadOnlyList<StageStats> SubStages { get; init; } = [];
}
