namespace Manifold.Server.Cluster;

/// <summary>The live state of one resource group, as <c>/v1/resourceGroupState</c> and
/// <c>system.runtime.resource_groups</c> show it.</summary>
public sealed record ResourceGroupInfo
{
    /// <summary>The full id, e.g. <c>global.adhoc.alice</c>.</summary>
    public required string Id { get; init; }

    /// <summary>CAN_RUN (a new query would start), CAN_QUEUE (it would wait) or FULL (it would be refused).</summary>
    public required string State { get; init; }

    /// <summary>FAIR, WEIGHTED, WEIGHTED_FAIR or QUERY_PRIORITY.</summary>
    public required string SchedulingPolicy { get; init; }

    /// <summary>The weight under its parent (1 when not set).</summary>
    public required int SchedulingWeight { get; init; }

    /// <summary>The soft memory limit in bytes.</summary>
    public required long SoftMemoryLimitBytes { get; init; }

    /// <summary>The soft concurrency limit.</summary>
    public required int SoftConcurrencyLimit { get; init; }

    /// <summary>The hard concurrency limit.</summary>
    public required int HardConcurrencyLimit { get; init; }

    /// <summary>How many queries may wait.</summary>
    public required int MaxQueuedQueries { get; init; }

    /// <summary>Memory reserved by the group's running queries (its descendants' included), in bytes.</summary>
    public required long MemoryUsageBytes { get; init; }

    /// <summary>Queries waiting in the group and its descendants.</summary>
    public required int NumQueuedQueries { get; init; }

    /// <summary>Queries running in the group and its descendants.</summary>
    public required int NumRunningQueries { get; init; }

    /// <summary>Children that could start one of their queued queries now.</summary>
    public required int NumEligibleSubGroups { get; init; }

    /// <summary>The ids of the direct children.</summary>
    public required IReadOnlyList<string> SubGroups { get; init; }

    /// <summary>The queries running in the group and its descendants.</summary>
    public required IReadOnlyList<string> RunningQueries { get; init; }
}
