using Manifold.Server.Protocol;
using Manifold.Server.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary><c>/v1/stage/{queryId}.{n}</c>: a stage's info (GET), and the partial cancel behind
/// <c>partialCancelUri</c> (DELETE): production stops and the query finishes with the rows produced so far (§3.5).</summary>
internal static class StageEndpoints
{
    public static IEndpointRouteBuilder MapStageEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/stage/{stageId}", (HttpContext context, QueryManager manager, string stageId) =>
            Find(manager, stageId) is { } query
                ? Results.Json(QueryInfoBuilder.Stage(query, StatementEndpoints.BaseUri(context)), ProtocolJsonContext.Default.StageInfo)
                : NotFound(stageId));
        routes.MapDelete("/v1/stage/{stageId}", (QueryManager manager, string stageId) =>
        {
            if (Find(manager, stageId) is not { } query)
            {
                return NotFound(stageId);
            }
            query.CancelProduction();
            return Results.NoContent();
        });
        return routes;
    }

    /// <summary>The query of a stage id <c>{queryId}.0</c>; this coordinator runs every query as stage 0.</summary>
    private static ManagedQuery? Find(QueryManager manager, string stageId)
    {
        int dot = stageId.LastIndexOf('.');
        return dot > 0 && stageId[(dot + 1)..] == "0" ? manager.Find(stageId[..dot]) : null;
    }

    private static IResult NotFound(string stageId) => Results.Text($"Stage not found: {stageId}\n", "text/plain", null, 404);
}
