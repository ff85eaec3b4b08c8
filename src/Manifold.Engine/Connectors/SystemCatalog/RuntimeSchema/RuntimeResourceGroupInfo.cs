namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary>One row of <c>system.runtime.resource_groups</c>: a resource group's limits and live counts.</summary>
public sealed record RuntimeResourceGroupInfo
{
    /// <summary>The full id, e.g. <c>global.adhoc.alice</c>.</summary>
    public required string ResourceGroupId { get; init; }

    /// <summary>CAN_RUN, CAN_QUEUE or FULL.</summary>
    public required string State { get; init; }

    /// <summary>FAIR, WEIGHTED, WEIGHTED_FAIR or QUERY_PRIORITY.</summary>
    public required string SchedulingPolicy { get; init; }

    /// <summary>The weight under the parent.</summary>
    public required long SchedulingWeight { get; init; }

    /// <summary>The soft memory limit, bytes.</summary>
    public required long SoftMemoryLimitBytes { get; init; }

    /// <summary>Memory reserved by the group's running queries, bytes.</summary>
    public required long MemoryUsageBytes { get; init; }

    /// <summary>The soft concurrency limit.</summary>
    public required long SoftConcurrencyLimit { get; init; }

    /// <summary>The hard concurrency limit.</summary>
    public required long HardConcurrencyLimit { get; init; }

    /// <summary>The queue limit.</summary>
    public required long MaxQueued { get; init; }

    /// <summary>Queries running in the group and its descendants.</summary>
    public required long RunningQueries { get; init; }

    /// <summary>Queries waiting in the group and its descendants.</summary>
    public required long QueuedQueries { get; init; }

    /// <summary>Children that could start a queued query now.</summary>
    public required long EligibleSubGroups { get; init; }
}
