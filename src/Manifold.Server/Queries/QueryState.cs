namespace Manifold.Server.Queries;

/// <summary>The life of a query, in order (client-protocol.md §4.4). FINISHED and FAILED are terminal.</summary>
public enum QueryState
{
    /// <summary>Accepted, waiting for admission (resource groups).</summary>
    Queued,
    /// <summary>Admitted, waiting for cluster resources.</summary>
    WaitingForResources,
    /// <summary>Being handed to the engine.</summary>
    Dispatching,
    /// <summary>Analysis and planning.</summary>
    Planning,
    /// <summary>Creating the operators.</summary>
    Starting,
    /// <summary>Producing rows.</summary>
    Running,
    /// <summary>All rows produced; waiting for the client to fetch them.</summary>
    Finishing,
    /// <summary>Done, successfully.</summary>
    Finished,
    /// <summary>Done, with an error (includes cancellation).</summary>
    Failed,
}
