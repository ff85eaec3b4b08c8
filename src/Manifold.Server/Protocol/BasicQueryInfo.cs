namespace Manifold.Server.Protocol;

/// <summary>One entry of <c>GET /v1/query</c> (client-protocol.md §8.5).</summary>
internal sealed record BasicQueryInfo
{
    public required string QueryId { get; init; }
    public required SessionRepresentation Session { get; init; }
    public IReadOnlyList<string>? ResourceGroupId { get; init; }
    public required string State { get; init; }
    public string MemoryPool { get; init; } = "general";
    public bool Scheduled { get; init; }
    public required string Self { get; init; }
    public required string Query { get; init; }
    public string? QueryType { get; init; }
    public string? UpdateType { get; init; }
    public required BasicQueryStats QueryStats { get; init; }
    public string? ErrorType { get; init; }
    public ErrorCodeInfo? ErrorCode { get; init; }
}
