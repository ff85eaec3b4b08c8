using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Manifold.Engine.Session;
using Manifold.Server.Protocol;
using Manifold.Server.Queries;
using Manifold.Spi.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manifold.Server.Endpoints;

/// <summary><c>/v1/statement</c>: submit (POST), follow the queued and executing <c>nextUri</c> chain (GET, HEAD) and
/// cancel (DELETE), as client-protocol.md §3 describes.</summary>
internal static class StatementEndpoints
{
    private static readonly TimeSpan s_maxWaitCap = TimeSpan.FromSeconds(1);
    private const long DefaultTargetResultSize = 16L << 20;
    private const long MaxTargetResultSize = 128L << 20;

    public static IEndpointRouteBuilder MapStatementEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/statement", SubmitAsync);
        routes.MapMethods("/v1/statement/queued/{queryId}/{slug}/{token}", ["GET"], QueuedAsync);
        routes.MapMethods("/v1/statement/executing/{queryId}/{slug}/{token}", ["GET"], ExecutingAsync);
        routes.MapMethods("/v1/statement/{phase}/{queryId}/{slug}/{token}", ["HEAD"], Heartbeat);
        routes.MapDelete("/v1/statement/{phase}/{queryId}/{slug}/{token}", Cancel);
        return routes;
    }

    private static async Task SubmitAsync(HttpContext context, QueryManager manager)
    {
        ClientSession client = ClientSessionParser.Parse(context.Request.Headers) with
        {
            AuthenticatedUser = context.User.Identity is { IsAuthenticated: true, Name: { } principal } ? principal : null,
        };
        string sql = await ReadBodyAsync(context, manager.Options.MaxQueryLength);
        if (string.IsNullOrWhiteSpace(sql))
        {
            throw new ProtocolException(400, "SQL statement is empty");
        }
        ManifoldException? tooLarge = sql.Length > manager.Options.MaxQueryLength
            ? new ManifoldException(StandardErrorCode.QueryTextTooLarge,
                $"Query text length ({sql.Length}) exceeds the maximum length ({manager.Options.MaxQueryLength})")
            : null;
        ManagedQuery query = manager.Submit(client, sql, tooLarge);
        await WriteAsync(context, query.SubmittedDocument(BaseUri(context)), null, client.Headers);
    }

    private static async Task QueuedAsync(HttpContext context, QueryManager manager, string queryId, string slug, string token)
    {
        ManagedQuery query = Find(manager, queryId, slug);
        if (!long.TryParse(token, out long number) || number < 0)
        {
            throw new ProtocolException(404, "Query not found");
        }
        QueryResults? document = await query.GetQueuedAsync(number, MaxWait(context), BaseUri(context), context.RequestAborted);
        if (document is null)
        {
            throw new ProtocolException(410, $"Token {number} is no longer valid for query {queryId}");
        }
        await WriteAsync(context, document, query.KnownSessionUpdate(), Family(context, query));
    }

    private static async Task ExecutingAsync(HttpContext context, QueryManager manager, string queryId, string slug, string token)
    {
        ManagedQuery query = Find(manager, queryId, slug);
        if (!long.TryParse(token, out long number) || number < 0)
        {
            throw new ProtocolException(404, "Query not found");
        }
        var (document, status) = await query.GetExecutingAsync(number, MaxWait(context), TargetResultSize(context), BaseUri(context), context.RequestAborted);
        if (document is null)
        {
            throw status == 410
                ? new ProtocolException(410, $"Token {number} is no longer valid for query {queryId}: its page was already served")
                : new ProtocolException(404, $"Token {number} is not valid for query {queryId}");
        }
        await WriteAsync(context, document, query.KnownSessionUpdate(), Family(context, query));
        if (document.Data is { } data)
        {
            manager.Metrics.RowsReturned(data.RowCount, data.ByteCount);
        }
    }

    private static IResult Heartbeat(QueryManager manager, string phase, string queryId, string slug)
    {
        Find(manager, queryId, slug).Touch();
        return Results.Ok();
    }

    private static IResult Cancel(QueryManager manager, string phase, string queryId, string slug)
    {
        ManagedQuery query = Find(manager, queryId, slug);
        query.Fail(new ManifoldException(StandardErrorCode.UserCanceled, "Query was canceled"));
        return Results.NoContent();
    }

    private static ManagedQuery Find(QueryManager manager, string queryId, string slug)
        => manager.Find(queryId) is { } query && query.Slug == slug ? query : throw new ProtocolException(404, "Query not found");

    /// <summary>Reads the raw body as UTF-8 whatever its content type says; more than 4 bytes per allowed character is
    /// refused with 413 before it is all read.</summary>
    private static async Task<string> ReadBodyAsync(HttpContext context, int maxLength)
    {
        long limit = (long)maxLength * 4;
        if (context.Request.ContentLength is { } length && length > limit)
        {
            throw new ProtocolException(413, $"Query text length exceeds the maximum length ({maxLength})");
        }
        // A pooled buffer the size of the announced body (a short statement is a few hundred bytes), grown when the
        // body is chunked or longer: no allocation per POST beyond the string.
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(context.Request.ContentLength ?? 4096, 256, 1 << 20) + 1);
        try
        {
            int filled = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer.AsMemory(filled), context.RequestAborted)) > 0)
            {
                filled += read;
                if (filled > limit)
                {
                    throw new ProtocolException(413, $"Query text length exceeds the maximum length ({maxLength})");
                }
                if (filled == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            ReadOnlySpan<byte> bytes = buffer.AsSpan(0, filled);
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }
            return Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static TimeSpan MaxWait(HttpContext context)
    {
        string? text = context.Request.Query["maxWait"];
        if (string.IsNullOrEmpty(text))
        {
            return s_maxWaitCap;
        }
        if (!Duration.TryParse(text, out TimeSpan wait))
        {
            throw new ProtocolException(400, $"Invalid maxWait: '{text}'");
        }
        return wait < s_maxWaitCap ? wait : s_maxWaitCap;
    }

    private static long TargetResultSize(HttpContext context)
    {
        string? text = context.Request.Query["targetResultSize"];
        if (string.IsNullOrEmpty(text))
        {
            return DefaultTargetResultSize;
        }
        if (!DataSize.TryParse(text, out long bytes))
        {
            throw new ProtocolException(400, $"Invalid targetResultSize: '{text}'");
        }
        return Math.Clamp(bytes, 1, MaxTargetResultSize);
    }

    /// <summary>The base of absolute URIs: the scheme, host and port the client used.</summary>
    public static string BaseUri(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host.Value}";

    /// <summary>The family to answer in: the request's, or the POST's when the request sends no protocol headers.</summary>
    private static ProtocolHeaders Family(HttpContext context, ManagedQuery query)
    {
        ProtocolHeaders? family = ProtocolHeaders.Detect(context.Request.Headers, out bool any);
        return family is not null && any ? family : query.Client.Headers;
    }

    private static async Task WriteAsync(HttpContext context, QueryResults document, SessionUpdate? update, ProtocolHeaders names)
    {
        HttpResponse response = context.Response;
        if (update is not null && !update.IsEmpty)
        {
            AddSessionHeaders(response.Headers, update, names);
        }
        response.StatusCode = 200;
        response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(response.Body, document, ProtocolJsonContext.Default.QueryResults, context.RequestAborted);
    }

    /// <summary>The response headers of a session change, one line per item, values URL-encoded (§6.2).</summary>
    public static void AddSessionHeaders(IHeaderDictionary headers, SessionUpdate update, ProtocolHeaders names)
    {
        if (update.SetCatalog is { } catalog)
        {
            headers[names.SetCatalog] = catalog;
        }
        if (update.SetSchema is { } schema)
        {
            headers[names.SetSchema] = schema;
        }
        if (update.SetProperties.Count > 0)
        {
            headers[names.SetSession] = update.SetProperties.Select(p => $"{p.Key}={WebUtility.UrlEncode(p.Value)}").ToArray();
        }
        if (update.ResetProperties.Count > 0)
        {
            headers[names.ClearSession] = update.ResetProperties.ToArray();
        }
        if (update.AddedPreparedStatements.Count > 0)
        {
            headers[names.AddedPrepare] = update.AddedPreparedStatements
                .Select(p => $"{WebUtility.UrlEncode(p.Key)}={WebUtility.UrlEncode(p.Value)}").ToArray();
        }
        if (update.DeallocatedPreparedStatements.Count > 0)
        {
            headers[names.DeallocatedPrepare] = update.DeallocatedPreparedStatements.Select(WebUtility.UrlEncode).ToArray()!;
        }
        if (update.StartedTransactionId is { } started)
        {
            headers[names.StartedTransactionId] = started;
        }
        if (update.ClearTransactionId)
        {
            headers[names.ClearTransactionId] = "true";
        }
    }
}
