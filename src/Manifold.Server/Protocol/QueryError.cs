namespace Manifold.Server.Protocol;

/// <summary>Why a query failed (client-protocol.md §4.5).</summary>
internal sealed record QueryError
{
    public required string Message { get; init; }
    public string? SqlState { get; init; }
    public int ErrorCode { get; init; }
    public required string ErrorName { get; init; }
    public required string ErrorType { get; init; }
    public ErrorLocation? ErrorLocation { get; init; }
    public FailureInfo? FailureInfo { get; init; }
}
