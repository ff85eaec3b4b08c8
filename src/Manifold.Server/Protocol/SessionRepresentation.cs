namespace Manifold.Server.Protocol;

/// <summary>The session of a query as <c>/v1/query</c> shows it.</summary>
internal sealed record SessionRepresentation
{
    public required string QueryId { get; init; }
    public required string User { get; init; }
    public string? Source { get; init; }
    public string? Catalog { get; init; }
    public string? Schema { get; init; }
    public string? Path { get; init; }
    public string? TimeZone { get; init; }
    public string? Language { get; init; }
    public string? TraceToken { get; init; }
    public string? ClientInfo { get; init; }
    public IReadOnlyList<string> ClientTags { get; init; } = [];
    public IReadOnlyList<string> ClientCapabilities { get; init; } = [];
    public IReadOnlyDictionary<string, string> SystemProperties { get; init; } = new Dictionary<string, string>();
    public string? TransactionId { get; init; }
}
