namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary>What the <c>system.runtime</c> tables and <c>kill_query</c> read and do: the nodes, queries, transactions and resource groups
/// of the engine or coordinator.</summary>
/// <remarks>Declared here and implemented by the engine (embedded) or the coordinator (over its query manager), so that
/// the system connector uses nothing but the SPI. Implementations must be thread-safe.</remarks>
public interface ISystemRuntimeSource
{
    /// <summary>The nodes known to this node, this node included.</summary>
    IReadOnlyList<RuntimeNodeInfo> ListNodes();

    /// <summary>The queries this node knows (running, queued and remembered finished ones).</summary>
    IReadOnlyList<RuntimeQueryInfo> ListQueries();

    /// <summary>The open transactions.</summary>
    IReadOnlyList<RuntimeTransactionInfo> ListTransactions();

    /// <summary>The resource groups that exist now (none when every query is admitted at once).</summary>
    IReadOnlyList<RuntimeResourceGroupInfo> ListResourceGroups();

    /// <summary>Fails a query with ADMINISTRATIVELY_KILLED and <paramref name="message"/>: null when the query is unknown,
    /// false when it had already ended (nothing is done), true when it was killed.</summary>
    bool? KillQuery(string queryId, string? message);
}
