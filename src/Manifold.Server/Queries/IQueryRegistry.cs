namespace Manifold.Server.Queries;

/// <summary>A read view over the query manager, for system tables, metrics and the info endpoints.</summary>
public interface IQueryRegistry
{
    /// <summary>Every query the coordinator knows (running, queued and remembered finished ones).</summary>
    IReadOnlyList<QuerySnapshot> ListQueries();

    /// <summary>One query, or null when it is unknown or expired.</summary>
    QuerySnapshot? GetQuery(string queryId);

    /// <summary>Cancels a query (USER_CANCELED); false when it is unknown. Cancelling a finished query does nothing.</summary>
    bool CancelQuery(string queryId);
}
