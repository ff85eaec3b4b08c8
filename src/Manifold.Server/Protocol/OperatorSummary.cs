namespace Manifold.Server.Protocol;

/// <summary>Counters of one operator in a stage (what the engine exposes: the output of the plan's root).</summary>
internal sealed record OperatorSummary
{
    public int StageId { get; init; }
    public int PipelineId { get; init; }
    public int OperatorId { get; init; }
    public required string PlanNodeId { get; init; }
    public required string OperatorType { get; init; }
    public long InputPositions { get; init; }
    public required string InputDataSize { get; init; }
    public long OutputPositions { get; init; }
    public required string OutputDataSize { get; init; }
    public required string PeakUserMemoryReservation { get; init; }
}
