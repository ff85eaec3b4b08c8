namespace Manifold.Server.Protocol;

/// <summary>The counters of <c>GET /v1/query/{id}</c> (client-protocol.md §8.5).</summary>
internal sealed record QueryStats
{
    public required string CreateTime { get; init; }
    public string? ExecutionStartTime { get; init; }
    public required string LastHeartbeat { get; init; }
    public string? EndTime { get; init; }
    public required string ElapsedTime { get; init; }
    public required string QueuedTime { get; init; }
    public required string ExecutionTime { get; init; }
    public required string AnalysisTime { get; init; }
    public required string PlanningTime { get; init; }
    public int TotalTasks { get; init; }
    public int RunningTasks { get; init; }
    public int CompletedTasks { get; init; }
    public int TotalDrivers { get; init; }
    public int QueuedDrivers { get; init; }
    public int RunningDrivers { get; init; }
    public int CompletedDrivers { get; init; }
    public required string RawInputDataSize { get; init; }
    public long RawInputPositions { get; init; }
    public required string OutputDataSize { get; init; }
    public long OutputPositions { get; init; }
    public required string PhysicalWrittenDataSize { get; init; }
    public required string UserMemoryReservation { get; init; }
    public required string PeakUserMemoryReservation { get; init; }
    public required string TotalCpuTime { get; init; }
    public required string TotalScheduledTime { get; init; }
    public double? ProgressPercentage { get; init; }
    public IReadOnlyList<OperatorSummary> OperatorSummaries { get; init; } = [];
}
