namespace Manifold.Server.Protocol;

/// <summary><c>GET /v1/status</c> (client-protocol.md §8.3).</summary>
internal sealed record NodeStatus
{
    public required string NodeId { get; init; }
    public required NodeVersion NodeVersion { get; init; }
    public required string Environment { get; init; }
    public bool Coordinator { get; init; }
    public required string Uptime { get; init; }
    public required string ExternalAddress { get; init; }
    public required string InternalAddress { get; init; }
    public int Processors { get; init; }
    public double ProcessCpuLoad { get; init; }
    public double SystemCpuLoad { get; init; }
    public long HeapUsed { get; init; }
    public long HeapAvailable { get; init; }
    public long NonHeapUsed { get; init; }
}
