using Manifold.Server.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary><c>GET /metrics</c>: the coordinator's metrics in the Prometheus text exposition format 0.0.4.</summary>
internal static class MetricsEndpoints
{
    /// <summary>The content type Prometheus expects for the text format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/metrics", (QueryManager queries) => Results.Text(queries.Exporter.Scrape(), ContentType));
        return routes;
    }
}
