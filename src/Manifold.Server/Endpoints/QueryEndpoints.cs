using Manifold.Server.Protocol;
using Manifold.Server.Queries;
using Manifold.Server.Security.AccessControl;
using Manifold.Spi.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary><c>/v1/query</c>: list (filter <c>?state=RUNNING,QUEUED</c>, <c>?user=</c>), one query's info, cancel and
/// administrative kill (§8.5). The list holds only the queries the caller may view; viewing, cancelling or killing
/// another user's query needs the access control's permission (403 <c>Access Denied: Cannot view query</c> /
/// <c>Cannot kill query</c>).</summary>
internal static class QueryEndpoints
{
    public static IEndpointRouteBuilder MapQueryEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/query", (HttpContext context, QueryManager manager, IAccessControl accessControl) =>
        {
            HashSet<QueryState>? states = null;
            if (context.Request.Query["state"].ToString() is { Length: > 0 } filter)
            {
                states = [];
                foreach (string name in filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    states.Add(QueryStates.TryParse(name, out QueryState state) ? state : throw new ProtocolException(400, $"Unknown query state: '{name}'"));
                }
            }
            string? user = context.Request.Query["user"].ToString() is { Length: > 0 } u ? u : null;
            string baseUri = StatementEndpoints.BaseUri(context);
            IReadOnlyList<QuerySnapshot> queries = manager.ListQueries();
            var visible = accessControl.FilterViewQueryOwnedBy(RequestIdentity.From(context), queries.Select(q => q.User).Distinct().ToArray())
                .ToHashSet(StringComparer.Ordinal);
            IReadOnlyList<BasicQueryInfo> list = queries
                .Where(q => visible.Contains(q.User) && (states is null || states.Contains(q.State)) && (user is null || q.User == user))
                .Select(q => manager.Find(q.QueryId))
                .OfType<ManagedQuery>()
                .Select(q => QueryInfoBuilder.Basic(q, baseUri))
                .ToArray();
            return Results.Json(list, ProtocolJsonContext.Default.IReadOnlyListBasicQueryInfo);
        });
        routes.MapGet("/v1/query/{queryId}", (HttpContext context, QueryManager manager, string queryId) =>
        {
            if (manager.Find(queryId) is not { } query)
            {
                return Gone(queryId);
            }
            RequestIdentity.Require(context, (access, identity) => access.CheckCanViewQueryOwnedBy(identity, query.Client.User));
            return Results.Json(QueryInfoBuilder.Full(query, StatementEndpoints.BaseUri(context)), ProtocolJsonContext.Default.QueryInfo);
        });
        routes.MapDelete("/v1/query/{queryId}", (HttpContext context, QueryManager manager, string queryId) =>
        {
            if (manager.Find(queryId) is { } query)
            {
                RequestIdentity.Require(context, (access, identity) => access.CheckCanKillQueryOwnedBy(identity, query.Client.User));
            }
            return manager.CancelQuery(queryId) ? Results.NoContent() : Results.Text($"Query not found: {queryId}\n", "text/plain", null, 404);
        });
        routes.MapPut("/v1/query/{queryId}/killed", async (HttpContext context, QueryManager manager, string queryId) =>
        {
            if (manager.Find(queryId) is { } query)
            {
                RequestIdentity.Require(context, (access, identity) => access.CheckCanKillQueryOwnedBy(identity, query.Client.User));
            }
            string message = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            return manager.KillQuery(queryId, message) switch
            {
                null => Gone(queryId),
                true => Results.Ok(),
                false => Results.Text($"Query {queryId} already finished\n", "text/plain", null, 409),
            };
        });
        return routes;
    }

    private static IResult Gone(string queryId) => Results.Text($"Query not found: {queryId}\n", "text/plain", null, 410);
}
