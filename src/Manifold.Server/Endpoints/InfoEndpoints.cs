using System.Text.Json;
using Manifold.Server.Hosting;
using Manifold.Server.Protocol;
using Manifold.Server.Security.AccessControl;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary><c>/v1/info</c>, <c>/v1/info/state</c>, <c>/v1/info/coordinator</c> and <c>/v1/status</c> (§8.1-8.3).
/// Changing the state (graceful shutdown) needs the access control's system information write permission.</summary>
internal static class InfoEndpoints
{
    public static IEndpointRouteBuilder MapInfoEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/info", (ServerState state) => Results.Json(
            new ServerInfo(new NodeVersion(state.Version), state.Environment, Coordinator: true, Starting: state.State == NodeState.Inactive,
                AirliftFormat.Duration(state.Uptime)),
            ProtocolJsonContext.Default.ServerInfo));
        routes.MapGet("/v1/info/state", (ServerState state) => Results.Json(ServerState.WireName(state.State), ProtocolJsonContext.Default.String));
        routes.MapPut("/v1/info/state", PutStateAsync);
        routes.MapGet("/v1/info/coordinator", () => Results.Ok());
        routes.MapGet("/v1/status", (HttpContext context, ServerState state) =>
        {
            var memory = GC.GetGCMemoryInfo();
            return Results.Json(new NodeStatus
            {
                NodeId = state.NodeId,
                NodeVersion = new NodeVersion(state.Version),
                Environment = state.Environment,
                Coordinator = true,
                Uptime = AirliftFormat.Duration(state.Uptime),
                ExternalAddress = state.ExternalAddress ?? context.Request.Host.Host,
                InternalAddress = state.ExternalAddress ?? context.Request.Host.Host,
                Processors = Environment.ProcessorCount,
                HeapUsed = GC.GetTotalMemory(forceFullCollection: false),
                HeapAvailable = memory.TotalAvailableMemoryBytes,
                NonHeapUsed = 0,
            }, ProtocolJsonContext.Default.NodeStatus);
        });
        return routes;
    }

    /// <summary>Body <c>"SHUTTING_DOWN"</c> starts a graceful shutdown; <c>"ACTIVE"</c> is accepted while active.</summary>
    private static async Task<IResult> PutStateAsync(HttpContext context, ServerState state)
    {
        RequestIdentity.Require(context, (access, identity) => access.CheckCanWriteSystemInformation(identity));
        string? requested;
        try
        {
            requested = await JsonSerializer.DeserializeAsync(context.Request.Body, ProtocolJsonContext.Default.String, context.RequestAborted);
        }
        catch (JsonException)
        {
            throw new ProtocolException(400, "Body must be a JSON string: \"ACTIVE\" or \"SHUTTING_DOWN\"");
        }
        switch (requested?.ToUpperInvariant())
        {
            case "SHUTTING_DOWN":
                state.RequestShutdown?.Invoke();
                return Results.Text("Shutting down\n", "text/plain");
            case "ACTIVE" when state.State == NodeState.Active:
                return Results.Text("Active\n", "text/plain");
            case "ACTIVE":
                throw new ProtocolException(400, "Cannot return to ACTIVE while shutting down");
            default:
                throw new ProtocolException(400, $"Invalid state: '{requested}'");
        }
    }
}
