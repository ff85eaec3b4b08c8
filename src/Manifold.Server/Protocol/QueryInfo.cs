namespace Manifold.Server.Protocol;

/// <summary><c>GET /v1/query/{id}</c>: everything the coordinator remembers of a query (client-protocol.md §8.5).</summary>
internal sealed record QueryInfo
{
    public required string QueryId { get; init; }
    public required SessionRepresentation Session { get; init; }
    public required string State { get; init; }
    public string MemoryPool { get; init; } = "general";
    public bool Scheduled { get; init; }
    public required string Self { get; init; }
    public IReadOnlyList<string> FieldNames { get; init; } = [];
    public required string Query { get; init; }
    public string? QueryType { get; init; }
    public string? Plan { get; init; }
    public required QueryStats QueryStats { get; init; }
    public string? SetCatalog { get; init; }
    public string? SetSchema { get; init; }
    public IReadOnlyDictionary<string, string> SetSessionProperties { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> ResetSessionProperties { get; init; } = [];
    public IReadOnlyDictionary<string, string> AddedPreparedStatements { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> DeallocatedPreparedStatements { get; init; } = [];
    public string? StartedTransactionId { get; init; }
    public bool ClearTransactionId { get; init; }
    public string? UpdateType { get; init; }
    public StageInfo? OutputStage { get; init; }
    public FailureInfo? FailureInfo { get; init; }
    public string? ErrorType { get; init; }
    public ErrorCodeInfo? ErrorCode { get; init; }
    public IReadOnlyList<Warning> Warnings { get; init; } = [];
    public IReadOnlyList<string>? ResourceGroupId { get; init; }
    public bool FinalQueryInfo { get; init; }
}
