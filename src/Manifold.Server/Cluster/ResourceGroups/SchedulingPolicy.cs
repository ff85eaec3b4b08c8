namespace Manifold.Server.Cluster.ResourceGroups;

/// <summary>How a group picks the next query among its own queue and its children (Trino's names in lower case).</summary>
public enum SchedulingPolicy
{
    /// <summary><c>fair</c>: queries first in, first out; eligible children take turns.</summary>
    Fair,

    /// <summary><c>weighted</c>: a child is drawn with probability proportional to its weight (children below their soft
    /// concurrency limit practically always win); queries are drawn by <c>query_priority</c>.</summary>
    Weighted,

    /// <summary><c>weighted_fair</c>: the child whose share of the running queries is smallest relative to its share of
    /// the weights goes next; queries by <c>query_priority</c>.</summary>
    WeightedFair,

    /// <summary><c>query_priority</c>: strictly the highest <c>query_priority</c> first, across children too.</summary>
    QueryPriority,
}

/// <summary>The configuration and wire names of <see cref="SchedulingPolicy"/>.</summary>
public static class SchedulingPolicies
{
    /// <summary>The name in resource-groups.json: <c>fair</c>, <c>weighted</c>, <c>weighted_fair</c>, <c>query_priority</c>.</summary>
    public static string ToConfigName(this SchedulingPolicy policy) => policy switch
    {
        SchedulingPolicy.Weighted => "weighted",
        SchedulingPolicy.WeightedFair => "weighted_fair",
        SchedulingPolicy.QueryPriority => "query_priority",
        _ => "fair",
    };

    /// <summary>The name Trino's REST and system tables show: <c>FAIR</c>, <c>WEIGHTED</c>, …</summary>
    public static string ToWireName(this SchedulingPolicy policy) => policy.ToConfigName().ToUpperInvariant();

    /// <summary>Parses a configuration name, case-insensitively.</summary>
    public static bool TryParse(string text, out SchedulingPolicy policy)
    {
        foreach (SchedulingPolicy candidate in Enum.GetValues<SchedulingPolicy>())
        {
            if (candidate.ToConfigName().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                policy = candidate;
                return true;
            }
        }
        policy = SchedulingPolicy.Fair;
        return false;
    }
}
