using System.Diagnostics;
using Manifold.Server.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary>Records every request's latency into <c>manifold_http_server_request_duration_seconds</c>, labelled by
/// method, route template (never the raw path, so query ids do not multiply series) and status code.</summary>
internal sealed class HttpMetricsMiddleware(RequestDelegate next, QueryManager queries)
{
    public async Task InvokeAsync(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            string route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            queries.Metrics.HttpDuration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds,
                new KeyValuePair<string, object?>("method", context.Request.Method),
                new KeyValuePair<string, object?>("route", route),
                new KeyValuePair<string, object?>("status_code", StatusCodeText(context.Response.StatusCode)));
        }
    }

    private static string StatusCodeText(int code) => code is >= 100 and <= 599 ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "other";
}
