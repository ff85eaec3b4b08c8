namespace Manifold.Server.Protocol;

/// <summary><c>GET /v1/cluster</c> (client-protocol.md §8.7), plus Manifold's <see cref="RowInputRate"/>.</summary>
internal sealed record ClusterStats
{
    public long RunningQueries { get; init; }
    public long BlockedQueries { get; init; }
    public long QueuedQueries { get; init; }
    public long ActiveCoordinators { get; init; }
    public long ActiveWorkers { get; init; }
    public long RunningDrivers { get; init; }
    public long TotalAvailableProcessors { get; init; }
    public double ReservedMemory { get; init; }
    public long TotalMemory { get; init; }
    public long TotalInputRows { get; init; }
    public long TotalInputBytes { get; init; }
    public long TotalCpuTimeSecs { get; init; }
    public double ProcessCpuLoad { get; init; }
    public double SystemCpuLoad { get; init; }

    /// <summary>Rows per second produced by the running queries, averaged over their run time.</summary>
    public double RowInputRate { get; init; }
}
