using System.Text.Json.Serialization;

namespace Manifold.Server.Protocol;

/// <summary>The document every <c>POST /v1/statement</c> and <c>GET nextUri</c> answers with (client-protocol.md §4.1).
/// Null members are left out of the JSON.</summary>
internal sealed record QueryResults
{
    public required string Id { get; init; }
    public required string InfoUri { get; init; }
    public string? PartialCancelUri { get; init; }
    public string? NextUri { get; init; }
    public IReadOnlyList<Column>? Columns { get; init; }

    [JsonConverter(typeof(ResultRowsConverter))]
    public ResultRows? Data { get; init; }

    public required StatementStats Stats { get; init; }
    public QueryError? Error { get; init; }
    public IReadOnlyList<Warning> Warnings { get; init; } = [];
    public string? UpdateType { get; init; }
    public long? UpdateCount { get; init; }
}
