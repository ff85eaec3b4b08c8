using System.Net;
using System.Text.Json;
using Manifold.Client.Protocol;

namespace Manifold.Client;

/// <summary>Cluster information beyond ADO.NET: the coordinator's REST resources (§8 of the protocol reference).
/// These need a valid connection string, not an open connection.</summary>
public sealed partial class ManifoldConnection
{
    /// <summary><c>GET /v1/info</c>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Version, environment, whether it is a coordinator and still starting, uptime.</returns>
    public Task<ManifoldServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
        => FetchServerInfoAsync(ClusterTransport(), cancellationToken);

    /// <summary><c>GET /v1/cluster</c>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The cluster counters.</returns>
    public async Task<ManifoldClusterStats> GetClusterAsync(CancellationToken cancellationToken = default)
    {
        using JsonDocument document = JsonDocument.Parse(await ClusterTransport().GetJsonAsync("/v1/cluster", cancellationToken).ConfigureAwait(false));
        JsonElement e = document.RootElement;
        return new ManifoldClusterStats(Long(e, "runningQueries"), Long(e, "blockedQueries"), Long(e, "queuedQueries"), Long(e, "activeCoordinators"),
            Long(e, "activeWorkers"), Long(e, "runningDrivers"), Long(e, "totalAvailableProcessors"), Double(e, "reservedMemory"),
            Long(e, "totalInputRows"), Long(e, "totalInputBytes"), Long(e, "totalCpuTimeSecs"));
    }

    /// <summary><c>GET /v1/node</c>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The nodes the coordinator knows.</returns>
    public async Task<IReadOnlyList<ManifoldNodeInfo>> GetNodesAsync(CancellationToken cancellationToken = default)
    {
        using JsonDocument document = JsonDocument.Parse(await ClusterTransport().GetJsonAsync("/v1/node", cancellationToken).ConfigureAwait(false));
        var nodes = new List<ManifoldNodeInfo>();
        foreach (JsonElement e in document.RootElement.EnumerateArray())
        {
            nodes.Add(new ManifoldNodeInfo(Text(e, "uri") ?? "", AirliftUnits.ParseDuration(Text(e, "age")), Double(e, "recentRequests"),
                Double(e, "recentFailures"), Double(e, "recentSuccesses"), Double(e, "recentFailureRatio"), Text(e, "lastRequestTime"),
                Text(e, "lastResponseTime")));
        }
        return nodes;
    }

    /// <summary><c>GET /v1/query[?state=…&amp;user=…]</c>.</summary>
    /// <param name="state">Only queries in this state (comma-separated states allowed), or null for all.</param>
    /// <param name="user">Only queries of this user, or null for all (servers may filter by the caller anyway).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The queries the coordinator remembers.</returns>
    public async Task<IReadOnlyList<ManifoldQueryInfo>> GetQueriesAsync(string? state = null, string? user = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(state))
        {
            query.Add("state=" + Uri.EscapeDataString(state));
        }
        if (!string.IsNullOrEmpty(user))
        {
            query.Add("user=" + Uri.EscapeDataString(user));
        }
        string path = "/v1/query" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        using JsonDocument document = JsonDocument.Parse(await ClusterTransport().GetJsonAsync(path, cancellationToken).ConfigureAwait(false));
        var queries = new List<ManifoldQueryInfo>();
        foreach (JsonElement e in document.RootElement.EnumerateArray())
        {
            queries.Add(ParseQuery(e));
        }
        return queries;
    }

    /// <summary><c>GET /v1/query/{id}</c>.</summary>
    /// <param name="queryId">The query id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The query, or null when the coordinator no longer knows it (410/404).</returns>
    public async Task<ManifoldQueryInfo?> GetQueryAsync(string queryId, CancellationToken cancellationToken = default)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(await ClusterTransport().GetJsonAsync("/v1/query/" + Uri.EscapeDataString(queryId), cancellationToken).ConfigureAwait(false));
            return ParseQuery(document.RootElement);
        }
        catch (ManifoldDbException e) when (e.HttpStatus is HttpStatusCode.Gone or HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary><c>GET /v1/stage/{stageId}</c>.</summary>
    /// <param name="stageId">The stage id, <c>{queryId}.{n}</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stage, or null when unknown (404).</returns>
    public async Task<ManifoldStageInfo?> GetStageAsync(string stageId, CancellationToken cancellationToken = default)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(await ClusterTransport().GetJsonAsync("/v1/stage/" + Uri.EscapeDataString(stageId), cancellationToken).ConfigureAwait(false));
            return ParseStage(document.RootElement);
        }
        catch (ManifoldDbException e) when (e.HttpStatus is HttpStatusCode.Gone or HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary><c>DELETE /v1/query/{id}</c>: cancels a query by id; it ends as USER_CANCELED.</summary>
    /// <param name="queryId">The query id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>True when the server accepted (204/200), false when it does not know the query (404/410).</returns>
    public async Task<bool> KillQueryAsync(string queryId, CancellationToken cancellationToken = default)
    {
        HttpTransport transport = ClusterTransport();
        Uri uri = transport.Resolve("/v1/query/" + Uri.EscapeDataString(queryId));
        using HttpResponseMessage response = await transport.SendAsync(() => transport.CreateRequest(HttpMethod.Delete, uri), idempotent: true, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return false;
        }
        await HttpTransport.EnsureSuccessAsync(response, "DELETE", uri, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private HttpTransport ClusterTransport() => _transport ?? new HttpTransport(_settings);

    private static async Task<ManifoldServerInfo> FetchServerInfoAsync(HttpTransport transport, CancellationToken cancellationToken)
    {
        byte[] body = await transport.GetJsonAsync("/v1/info", cancellationToken).ConfigureAwait(false);
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement e = document.RootElement;
            string version = e.TryGetProperty("nodeVersion", out JsonElement nodeVersion) ? Text(nodeVersion, "version") ?? "" : "";
            return new ManifoldServerInfo(version, Text(e, "environment") ?? "", Bool(e, "coordinator"), Bool(e, "starting"), AirliftUnits.ParseDuration(Text(e, "uptime")));
        }
        catch (JsonException error)
        {
            throw new ManifoldDbException($"{transport.BaseAddress} answered /v1/info with something other than server info JSON", error);
        }
    }

    private static ManifoldQueryInfo ParseQuery(JsonElement e)
    {
        JsonElement session = e.TryGetProperty("session", out JsonElement s) && s.ValueKind == JsonValueKind.Object ? s : default;
        JsonElement stats = e.TryGetProperty("queryStats", out JsonElement q) && q.ValueKind == JsonValueKind.Object ? q : default;
        JsonElement errorCode = e.TryGetProperty("errorCode", out JsonElement c) && c.ValueKind == JsonValueKind.Object ? c : default;
        string? failureMessage = e.TryGetProperty("failureInfo", out JsonElement failure) && failure.ValueKind == JsonValueKind.Object ? Text(failure, "message") : null;
        ManifoldStageInfo? stage = e.TryGetProperty("outputStage", out JsonElement output) && output.ValueKind == JsonValueKind.Object ? ParseStage(output) : null;
        return new ManifoldQueryInfo(
            Text(e, "queryId") ?? "",
            Text(e, "state") ?? "",
            Text(e, "query") ?? "",
            Text(session, "user"),
            Text(session, "source"),
            Text(session, "catalog"),
            Text(session, "schema"),
            Text(e, "updateType"),
            Text(e, "errorType"),
            Text(errorCode, "name"),
            errorCode.ValueKind == JsonValueKind.Object ? (int)Long(errorCode, "code") : null,
            Text(stats, "createTime"),
            Text(stats, "endTime"),
            AirliftUnits.ParseDuration(Text(stats, "elapsedTime")),
            AirliftUnits.ParseDuration(Text(stats, "totalCpuTime")),
            stage,
            failureMessage,
            e.GetRawText());
    }

    private static ManifoldStageInfo ParseStage(JsonElement e)
    {
        JsonElement stats = e.TryGetProperty("stageStats", out JsonElement s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var subStages = new List<ManifoldStageInfo>();
        if (e.TryGetProperty("subStages", out JsonElement children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement child in children.EnumerateArray())
            {
                subStages.Add(ParseStage(child));
            }
        }
        long cpuMillis = Long(stats, "cpuTimeMillis");
        TimeSpan? cpu = stats.ValueKind == JsonValueKind.Object && stats.TryGetProperty("cpuTimeMillis", out _)
            ? TimeSpan.FromMilliseconds(cpuMillis)
            : AirliftUnits.ParseDuration(Text(stats, "totalCpuTime"));
        return new ManifoldStageInfo(Text(e, "stageId") ?? "", Text(e, "state") ?? "", Text(e, "self"),
            (int)Math.Max(Long(stats, "totalSplits"), Long(stats, "totalDrivers")),
            (int)Math.Max(Long(stats, "completedSplits"), Long(stats, "completedDrivers")),
            (int)Math.Max(Long(stats, "runningSplits"), Long(stats, "runningDrivers")),
            Math.Max(Long(stats, "processedRows"), Long(stats, "rawInputPositions")),
            cpu,
            subStages);
    }

    private static string? Text(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long Long(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number
            ? (v.TryGetInt64(out long l) ? l : (long)v.GetDouble())
            : 0;

    private static double Double(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    private static bool Bool(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.True;
}
