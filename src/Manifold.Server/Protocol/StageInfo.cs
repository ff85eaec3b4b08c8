namespace Manifold.Server.Protocol;

/// <summary>A stage of a query (<c>outputStage</c> of query info, and <c>GET /v1/stage/{stageId}</c>).</summary>
internal sealed record StageInfo
{
    public required string StageId { get; init; }
    public required string State { get; init; }
    public required string Self { get; init; }
    public string? Plan { get; init; }
    public IReadOnlyList<string> Types { get; init; } = [];
    public required StageStats StageStats { get; init; }
    public IReadOnlyList<OperatorSummary> OperatorSummaries { get; init; } = [];
    public IReadOnlyList<string> Tasks { get; init; } = [];
    public IReadOnlyList<StageInfo> SubStages { get; init; } = [];
    public FailureInfo? FailureCause { get; init; }
}
