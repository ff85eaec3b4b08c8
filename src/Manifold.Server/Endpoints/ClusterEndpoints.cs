using Manifold.Server.Protocol;
using Manifold.Server.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary><c>/v1/cluster</c> (§8.7): query counts, nodes, memory and throughput of the cluster (this node).</summary>
internal static class ClusterEndpoints
{
    public static IEndpointRouteBuilder MapClusterEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/cluster", (QueryManager manager) =>
        {
            var counters = manager.Counters();
            return Results.Json(new ClusterStats
            {
                RunningQueries = counters.Running,
                QueuedQueries = counters.Queued,
                BlockedQueries = counters.Blocked,
                ActiveCoordinators = 1,
                ActiveWorkers = 1,
                RunningDrivers = counters.Running,
                TotalAvailableProcessors = Environment.ProcessorCount,
                ReservedMemory = counters.Reserved,
                TotalMemory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
                TotalInputRows = manager.TotalRows,
                TotalInputBytes = manager.TotalBytes,
                TotalCpuTimeSecs = counters.CpuSeconds,
                RowInputRate = counters.RowsPerSecond,
            }, ProtocolJsonContext.Default.ClusterStats);
        });
        return routes;
    }
}
