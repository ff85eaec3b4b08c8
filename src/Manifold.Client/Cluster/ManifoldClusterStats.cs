namespace Manifold.Client;

/// <summary><c>GET /v1/cluster</c> (§8.7, hetu's cluster counters).</summary>
/// <param name="RunningQueries">Queries running.</param>
/// <param name="BlockedQueries">Queries blocked.</param>
/// <param name="QueuedQueries">Queries queued.</param>
/// <param name="ActiveCoordinators">Coordinators.</param>
/// <param name="ActiveWorkers">Workers.</param>
/// <param name="RunningDrivers">Drivers running.</param>
/// <param name="TotalAvailableProcessors">Processors over all nodes.</param>
/// <param name="ReservedMemory">Reserved memory in bytes.</param>
/// <param name="TotalInputRows">Rows read by all queries.</param>
/// <param name="TotalInputBytes">Bytes read by all queries.</param>
/// <param name="TotalCpuTimeSecs">CPU seconds of all queries.</param>
public sealed record ManifoldClusterStats(
    long RunningQueries,
    long BlockedQueries,
    long QueuedQueries,
    long ActiveCoordinators,
    long ActiveWorkers,
    long RunningDrivers,
    long TotalAvailableProcessors,
    double ReservedMemory,
    long TotalInputRows,
    long TotalInputBytes,
    long TotalCpuTimeSecs);
