namespace Manifold.Server.Protocol;

/// <summary><c>GET /v1/resourceGroupState/{id}</c>: Trino's ResourceGroupInfo (cluster-and-resources.md §2.6). Ids are
/// lists of path segments; sizes and durations are airlift strings. Sub-group summaries leave out their own sub-groups
/// and running queries.</summary>
internal sealed record ResourceGroupState
{
    public required IReadOnlyList<string> Id { get; init; }
    public required string State { get; init; }
    public required string SchedulingPolicy { get; init; }
    public required int SchedulingWeight { get; init; }
    public required string SoftMemoryLimit { get; init; }
    public required int SoftConcurrencyLimit { get; init; }
    public required int HardConcurrencyLimit { get; init; }
    public required int MaxQueuedQueries { get; init; }
    public required string MemoryUsage { get; init; }
    public required string CpuUsage { get; init; }
    public required int NumQueuedQueries { get; init; }
    public required int NumRunningQueries { get; init; }
    public required int NumEligibleSubGroups { get; init; }
    public IReadOnlyList<ResourceGroupState>? SubGroups { get; init; }
    public IReadOnlyList<RunningQueryState>? RunningQueries { get; init; }
}

/// <summary>A running query in <see cref="ResourceGroupState.RunningQueries"/> (the fields of Trino's QueryStateInfo that
/// a single coordinator knows).</summary>
internal sealed record RunningQueryState
{
    public required string QueryId { get; init; }
    public required string QueryState { get; init; }
    public required IReadOnlyList<string> ResourceGroupId { get; init; }
    public required string Query { get; init; }
    public required string CreateTime { get; init; }
    public required string User { get; init; }
    public string? Source { get; init; }
}
