using Manifold.Server.Hosting;
using Manifold.Server.Protocol;
using Manifold.Server.Security.AccessControl;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary><c>/v1/node</c> and <c>/v1/node/failed</c> (§8.4): a single node lists itself, and no failed nodes. Both need
/// the access control's system information read permission.</summary>
internal static class NodeEndpoints
{
    public static IEndpointRouteBuilder MapNodeEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/node", (HttpContext context, ServerState state) =>
        {
            RequestIdentity.Require(context, (access, identity) => access.CheckCanReadSystemInformation(identity));
            string now = AirliftFormat.Timestamp(state.Time.GetUtcNow());
            IReadOnlyList<NodeInfo> nodes =
            [
                new NodeInfo
                {
                    Uri = StatementEndpoints.BaseUri(context),
                    Age = AirliftFormat.Duration(state.Uptime),
                    RecentSuccesses = 1,
                    LastRequestTime = now,
                    LastResponseTime = now,
                },
            ];
            return Results.Json(nodes, ProtocolJsonContext.Default.IReadOnlyListNodeInfo);
        });
        routes.MapGet("/v1/node/failed", (HttpContext context) =>
        {
            RequestIdentity.Require(context, (access, identity) => access.CheckCanReadSystemInformation(identity));
            return Results.Json((IReadOnlyList<NodeInfo>)[], ProtocolJsonContext.Default.IReadOnlyListNodeInfo);
        });
        return routes;
    }
}
