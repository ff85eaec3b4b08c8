namespace Manifold.Server.Protocol;

/// <summary>The exception chain of a failure. <see cref="Stack"/> stays empty: stack traces never reach clients.</summary>
internal sealed record FailureInfo
{
    public required string Type { get; init; }
    public string? Message { get; init; }
    public FailureInfo? Cause { get; init; }
    public IReadOnlyList<FailureInfo> Suppressed { get; init; } = [];
    public IReadOnlyList<string> Stack { get; init; } = [];
    public ErrorLocation? ErrorLocation { get; init; }
}
