namespace Manifold.Client;

/// <summary>One entry of <c>GET /v1/node</c> (§8.4): a node as the coordinator's failure detector sees it.</summary>
/// <param name="Uri">The node's URI.</param>
/// <param name="Age">Time since the node was first seen.</param>
/// <param name="RecentRequests">Decayed count of recent requests.</param>
/// <param name="RecentFailures">Decayed count of recent failures.</param>
/// <param name="RecentSuccesses">Decayed count of recent successes.</param>
/// <param name="RecentFailureRatio">Failures over requests, recently.</param>
/// <param name="LastRequestTime">Last request, as the server wrote it.</param>
/// <param name="LastResponseTime">Last response, as the server wrote it.</param>
public sealed record ManifoldNodeInfo(
    string Uri,
    TimeSpan? Age,
    double RecentRequests,
    double RecentFailures,
    double RecentSuccesses,
    double RecentFailureRatio,
    string? LastRequestTime,
    string? LastResponseTime);
