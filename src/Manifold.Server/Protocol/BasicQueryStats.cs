namespace Manifold.Server.Protocol;

/// <summary>The counters of <c>GET /v1/query</c> entries (client-protocol.md §8.5); durations and sizes are airlift
/// strings.</summary>
internal sealed record BasicQueryStats
{
    public required string CreateTime { get; init; }
    public string? EndTime { get; init; }
    public required string QueuedTime { get; init; }
    public required string ElapsedTime { get; init; }
    public required string ExecutionTime { get; init; }
    public int FailedTasks { get; init; }
    public int TotalDrivers { get; init; }
    public int QueuedDrivers { get; init; }
    public int RunningDrivers { get; init; }
    public int CompletedDrivers { get; init; }
    public required string RawInputDataSize { get; init; }
    public long RawInputPositions { get; init; }
    public required string OutputDataSize { get; init; }
    public long OutputPositions { get; init; }
    public double CumulativeUserMemory { get; init; }
    public required string UserMemoryReservation { get; init; }
    public required string TotalMemoryReservation { get; init; }
    public required string PeakUserMemoryReservation { get; init; }
    public required string PeakTotalMemoryReservation { get; init; }
    public required string TotalCpuTime { get; init; }
    public required string TotalScheduledTime { get; init; }
    public bool FullyBlocked { get; init; }
    public IReadOnlyList<string> BlockedReasons { get; init; } = [];
    public double? ProgressPercentage { get; init; }
}
