namespace Manifold.Server.Cluster;

/// <summary>What resource-group selectors match a query on: who runs it, from where, and what kind of statement it is.</summary>
/// <param name="QueryId">The query's id (Trino format, ending in the owning node's id).</param>
/// <param name="User">The session user.</param>
/// <param name="Source">The client's source (<c>X-Trino-Source</c>), if any.</param>
/// <param name="QueryType">Trino's query type: SELECT, EXPLAIN, DESCRIBE, INSERT, UPDATE, DELETE, ANALYZE or DATA_DEFINITION.</param>
/// <param name="ClientTags">The client tags (<c>X-Trino-Client-Tags</c>).</param>
public sealed record AdmissionRequest(string QueryId, string User, string? Source, string QueryType, IReadOnlySet<string> ClientTags)
{
    /// <summary>The groups the user belongs to (from the group provider; none until one is configured).</summary>
    public IReadOnlySet<string> UserGroups { get; init; } = new HashSet<string>();

    /// <summary>The user before impersonation; the session user when there was none.</summary>
    public string? OriginalUser { get; init; }

    /// <summary>The authenticated principal, when the request was authenticated.</summary>
    public string? AuthenticatedUser { get; init; }

    /// <summary>The session's <c>query_priority</c> (larger runs first under the priority-aware policies).</summary>
    public int QueryPriority { get; init; } = 1;
}
