namespace Manifold.Server.Protocol;

/// <summary>One entry of <c>GET /v1/node</c>: a node's heartbeat statistics as the coordinator sees them (§8.4).</summary>
internal sealed record NodeInfo
{
    public required string Uri { get; init; }
    public required string Age { get; init; }
    public double RecentRequests { get; init; }
    public double RecentFailures { get; init; }
    public double RecentSuccesses { get; init; }
    public double RecentFailureRatio { get; init; }
    public required string LastRequestTime { get; init; }
    public required string LastResponseTime { get; init; }
    public IReadOnlyDictionary<string, double> RecentFailuresByType { get; init; } = new Dictionary<string, double>();
}
