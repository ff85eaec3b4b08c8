using Manifold.Server.Cluster;
using Manifold.Server.Protocol;
using Manifold.Server.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary><c>/v1/resourceGroupState/{segment}/{segment}…</c>: one resource group's live state, its children's summaries
/// and its running queries, as Trino serves it to gateways and monitors; 404 for a group that does not exist (yet).</summary>
internal static class ResourceGroupEndpoints
{
    public static IEndpointRouteBuilder MapResourceGroupEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/resourceGroupState/{**path}", (IAdmissionController admission, QueryManager manager, string? path) =>
        {
            string id = string.Join('.', (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString));
            IReadOnlyList<ResourceGroupInfo> groups = admission.ListGroups();
            if (groups.FirstOrDefault(g => g.Id == id) is not { } group)
            {
                return Results.Text($"Resource group not found: {id}\n", "text/plain", null, 404);
            }
            var byId = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
            return Results.Json(State(group) with
            {
                SubGroups = group.SubGroups.Select(child => State(byId[child])).ToArray(),
                RunningQueries = group.RunningQueries
                    .Select(queryId => manager.Find(queryId)?.Snapshot())
                    .OfType<QuerySnapshot>()
                    .Select(q => new RunningQueryState
                    {
                        QueryId = q.QueryId,
                        QueryState = q.State.ToWireName(),
                        ResourceGroupId = Segments(q.ResourceGroupId ?? group.Id),
                        Query = q.Sql,
                        CreateTime = AirliftFormat.Timestamp(q.CreateTime),
                        User = q.User,
                        Source = q.Source,
                    }).ToArray(),
            }, ProtocolJsonContext.Default.ResourceGroupState);
        });
        return routes;
    }

    private static ResourceGroupState State(ResourceGroupInfo group) => new()
    {
        Id = Segments(group.Id),
        State = group.State,
        SchedulingPolicy = group.SchedulingPolicy,
        SchedulingWeight = group.SchedulingWeight,
        SoftMemoryLimit = AirliftFormat.DataSize(group.SoftMemoryLimitBytes),
        SoftConcurrencyLimit = group.SoftConcurrencyLimit,
        HardConcurrencyLimit = group.HardConcurrencyLimit,
        MaxQueuedQueries = group.MaxQueuedQueries,
        MemoryUsage = AirliftFormat.DataSize(group.MemoryUsageBytes),
        CpuUsage = AirliftFormat.Duration(TimeSpan.Zero),
        NumQueuedQueries = group.NumQueuedQueries,
        NumRunningQueries = group.NumRunningQueries,
        NumEligibleSubGroups = group.NumEligibleSubGroups,
    };

    private static string[] Segments(string id) => id.Split('.');
}
