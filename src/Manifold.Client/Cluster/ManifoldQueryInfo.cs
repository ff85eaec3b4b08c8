namespace Manifold.Client;

/// <summary>A query as <c>GET /v1/query</c> lists it, or <c>GET /v1/query/{id}</c> describes it (§8.5).</summary>
/// <param name="QueryId">The id.</param>
/// <param name="State">QUEUED, RUNNING, FINISHED, FAILED, ...</param>
/// <param name="Query">The SQL text.</param>
/// <param name="User">The session user.</param>
/// <param name="Source">The client's source name.</param>
/// <param name="Catalog">The session catalog.</param>
/// <param name="Schema">The session schema.</param>
/// <param name="UpdateType">The statement kind for statements without rows.</param>
/// <param name="ErrorType">For failed queries: USER_ERROR, INTERNAL_ERROR, ...</param>
/// <param name="ErrorName">For failed queries: USER_CANCELED, SYNTAX_ERROR, ...</param>
/// <param name="ErrorCode">For failed queries: the numeric code.</param>
/// <param name="CreateTime">Creation time, as the server wrote it (ISO 8601).</param>
/// <param name="EndTime">End time, when over.</param>
/// <param name="ElapsedTime">Time since creation (or until the end).</param>
/// <param name="CpuTime">CPU time.</param>
/// <param name="OutputStage">The stage tree (only from <c>GET /v1/query/{id}</c>).</param>
/// <param name="FailureMessage">The failure's message (only from <c>GET /v1/query/{id}</c>).</param>
/// <param name="Json">The whole JSON document, for fields without a property here.</param>
public sealed record ManifoldQueryInfo(
    string QueryId,
    string State,
    string Query,
    string? User,
    string? Source,
    string? Catalog,
    string? Schema,
    string? UpdateType,
    string? ErrorType,
    string? ErrorName,
    int? ErrorCode,
    string? CreateTime,
    string? EndTime,
    TimeSpan? ElapsedTime,
    TimeSpan? CpuTime,
    ManifoldStageInfo? OutputStage,
    string? FailureMessage,
    string Json);
