using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary><c>system.runtime.resource_groups</c>: every resource group that exists now, with its limits and live counts
/// (the same facts as <c>/v1/resourceGroupState</c>). Empty in an embedded engine, which admits every query.</summary>
internal sealed class ResourceGroupsTable(ISystemRuntimeSource source)
    : SystemTable(SystemRuntimeTables.Schema, "resource_groups",
    [
        Varchar("resource_group_id"), Varchar("state"), Varchar("scheduling_policy"), RuntimeColumns.BigInt("scheduling_weight"),
        RuntimeColumns.BigInt("soft_memory_limit_bytes"), RuntimeColumns.BigInt("memory_usage_bytes"),
        RuntimeColumns.BigInt("soft_concurrency_limit"), RuntimeColumns.BigInt("hard_concurrency_limit"),
        RuntimeColumns.BigInt("max_queued"), RuntimeColumns.BigInt("running_queries"), RuntimeColumns.BigInt("queued_queries"),
        RuntimeColumns.BigInt("eligible_sub_groups"),
    ])
{
    protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
    {
        foreach (RuntimeResourceGroupInfo group in source.ListResourceGroups())
        {
            if (!constraint.Allows("resource_group_id", group.ResourceGroupId))
            {
                continue;
            }
            yield return
            [
                group.ResourceGroupId, group.State, group.SchedulingPolicy, group.SchedulingWeight, group.SoftMemoryLimitBytes,
                group.MemoryUsageBytes, group.SoftConcurrencyLimit, group.HardConcurrencyLimit, group.MaxQueued,
                group.RunningQueries, group.QueuedQueries, group.EligibleSubGroups,
            ];
        }
    }
}
