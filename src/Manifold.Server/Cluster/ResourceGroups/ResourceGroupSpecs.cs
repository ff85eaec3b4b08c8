using System.Text.RegularExpressions;

namespace Manifold.Server.Cluster.ResourceGroups;

/// <summary>A resource-groups.json document: the group templates and the selectors that route queries to them.</summary>
/// <param name="RootGroups">The root groups, each with its sub-groups.</param>
/// <param name="Selectors">Tried in order; the first that matches a query picks its group.</param>
public sealed record ResourceGroupsSpec(IReadOnlyList<GroupSpec> RootGroups, IReadOnlyList<SelectorSpec> Selectors);

/// <summary>One group of the configuration: a template, since its name may hold variables (<c>${USER}</c>).</summary>
public sealed record GroupSpec
{
    /// <summary>The name: a literal, or a template using <c>${USER}</c>, <c>${SOURCE}</c> or a selector's named group.</summary>
    public required string Name { get; init; }

    /// <summary>How many queries may wait in this group and its descendants.</summary>
    public required int MaxQueued { get; init; }

    /// <summary>How many queries may run in this group and its descendants.</summary>
    public required int HardConcurrencyLimit { get; init; }

    /// <summary>Below this many running queries the group is preferred by a <c>weighted</c> parent; defaults to the hard
    /// limit.</summary>
    public int? SoftConcurrencyLimit { get; init; }

    /// <summary>An absolute soft memory limit in bytes, or null when <see cref="SoftMemoryFraction"/> is set.</summary>
    public long? SoftMemoryBytes { get; init; }

    /// <summary>A soft memory limit as a fraction (0–1) of the node's memory, or null when absolute.</summary>
    public double? SoftMemoryFraction { get; init; }

    /// <summary>How the group picks what runs next among its queries and children.</summary>
    public SchedulingPolicy SchedulingPolicy { get; init; } = SchedulingPolicy.Fair;

    /// <summary>The weight under a <c>weighted</c> or <c>weighted_fair</c> parent (null: not set, counts as 1).</summary>
    public int? SchedulingWeight { get; init; }

    /// <summary>The children.</summary>
    public IReadOnlyList<GroupSpec> SubGroups { get; init; } = [];

    /// <summary>The soft memory limit in bytes on a node with <paramref name="nodeMemoryBytes"/> of memory.</summary>
    public long SoftMemoryLimit(long nodeMemoryBytes)
        => SoftMemoryBytes ?? (long)Math.Min(long.MaxValue, (SoftMemoryFraction ?? 1) * nodeMemoryBytes);
}

/// <summary>A rule that routes a query to a group. Every condition that is set must hold (regular expressions match the
/// whole value); named groups of the expressions become variables of <see cref="Group"/>.</summary>
public sealed record SelectorSpec
{
    /// <summary>Matches the session user.</summary>
    public Regex? User { get; init; }

    /// <summary>Matches when any of the user's groups matches.</summary>
    public Regex? UserGroup { get; init; }

    /// <summary>Matches the user before impersonation.</summary>
    public Regex? OriginalUser { get; init; }

    /// <summary>Matches the authenticated principal, which must be present.</summary>
    public Regex? AuthenticatedUser { get; init; }

    /// <summary>Matches the client's source, which must be present.</summary>
    public Regex? Source { get; init; }

    /// <summary>The query type (SELECT, EXPLAIN, DESCRIBE, INSERT, UPDATE, MERGE, DELETE, ANALYZE, DATA_DEFINITION,
    /// ALTER_TABLE_EXECUTE), upper case.</summary>
    public string? QueryType { get; init; }

    /// <summary>Tags the client must all have sent.</summary>
    public IReadOnlyList<string> ClientTags { get; init; } = [];

    /// <summary>The target group path, dot-separated, possibly with variables.</summary>
    public required string Group { get; init; }

    /// <summary>The group templates along <see cref="Group"/>, from the root (resolved when the document is read).</summary>
    public required IReadOnlyList<GroupSpec> Path { get; init; }
}
