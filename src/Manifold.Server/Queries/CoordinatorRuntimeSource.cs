using Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;
using Manifold.Server.Cluster;
using Manifold.Server.Hosting;

namespace Manifold.Server.Queries;

/// <summary>The coordinator's <c>system.runtime</c> source: this node, the queries of its query manager and the resource
/// groups of its admission controller.</summary>
/// <remarks>The engine is created before the query manager (which runs on it), so the manager is attached once it exists
/// (<see cref="Attach"/>); until then the source lists no queries and finds none to kill.</remarks>
internal sealed class CoordinatorRuntimeSource(ServerState state, IAdmissionController admission) : ISystemRuntimeSource
{
    private QueryManager? _queries;

    /// <summary>Attaches the query manager whose queries the source shows.</summary>
    public void Attach(QueryManager queries) => Volatile.Write(ref _queries, queries);

    /// <summary>The node's URI, once the server is bound.</summary>
    public Uri? HttpUri { get; set; }

    public IReadOnlyList<RuntimeNodeInfo> ListNodes()
        => [new RuntimeNodeInfo(state.NodeId, HttpUri?.ToString().TrimEnd('/'), state.Version, Coordinator: true, state.State switch
        {
            NodeState.Active => "active",
            NodeState.ShuttingDown => "shutting_down",
            _ => "inactive",
        })];

    public IReadOnlyList<RuntimeQueryInfo> ListQueries()
    {
        if (Volatile.Read(ref _queries) is not { } queries)
        {
            return [];
        }
        IReadOnlyList<QuerySnapshot> snapshots = queries.ListQueries();
        var rows = new RuntimeQueryInfo[snapshots.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            QuerySnapshot q = snapshots[i];
            rows[i] = new RuntimeQueryInfo
            {
                QueryId = q.QueryId,
                State = q.State.ToWireName(),
                User = q.User,
                Source = q.Source,
                Query = q.Sql,
                ResourceGroupId = q.ResourceGroupId?.Split('.'),
                QueuedTime = q.QueuedTime,
                Created = q.CreateTime,
                Started = q.ExecutionStartTime,
                LastHeartbeat = q.LastHeartbeat,
                End = q.EndTime,
                ErrorType = q.ErrorCode?.Type.ToString() is { } type ? ErrorTypeName(type) : null,
                ErrorCode = q.ErrorCode?.Name,
                OutputRows = q.OutputRows,
                OutputBytes = q.OutputBytes,
                CpuTime = q.CpuTime,
            };
        }
        return rows;
    }

    public IReadOnlyList<RuntimeTransactionInfo> ListTransactions()
    {
        if (Volatile.Read(ref _queries) is not { } queries)
        {
            return [];
        }
        DateTimeOffset now = queries.Time.GetUtcNow();
        return queries.ListTransactions()
            .Select(t => new RuntimeTransactionInfo(t.TransactionId, t.IsolationLevel, t.ReadOnly, AutoCommitContext: false, t.CreateTime,
                now - t.LastUsed, WrittenCatalog: null, Catalogs: []))
            .ToArray();
    }

    public IReadOnlyList<RuntimeResourceGroupInfo> ListResourceGroups()
        => admission.ListGroups().Select(g => new RuntimeResourceGroupInfo
        {
            ResourceGroupId = g.Id,
            State = g.State,
            SchedulingPolicy = g.SchedulingPolicy,
            SchedulingWeight = g.SchedulingWeight,
            SoftMemoryLimitBytes = g.SoftMemoryLimitBytes,
            MemoryUsageBytes = g.MemoryUsageBytes,
            SoftConcurrencyLimit = g.SoftConcurrencyLimit,
            HardConcurrencyLimit = g.HardConcurrencyLimit,
            MaxQueued = g.MaxQueuedQueries,
            RunningQueries = g.NumRunningQueries,
            QueuedQueries = g.NumQueuedQueries,
            EligibleSubGroups = g.NumEligibleSubGroups,
        }).ToArray();

    public bool? KillQuery(string queryId, string? message) => Volatile.Read(ref _queries)?.KillQuery(queryId, message);

    /// <summary>USER_ERROR from UserError, as Trino spells error types.</summary>
    private static string ErrorTypeName(string type)
    {
        var name = new System.Text.StringBuilder(type.Length + 4);
        for (int i = 0; i < type.Length; i++)
        {
            if (i > 0 && char.IsUpper(type[i]))
            {
                name.Append('_');
            }
            name.Append(char.ToUpperInvariant(type[i]));
        }
        return name.ToString();
    }
}
