namespace Manifold.Server.Protocol;

/// <summary><c>GET /v1/info</c> (client-protocol.md §8.1).</summary>
internal sealed record ServerInfo(NodeVersion NodeVersion, string Environment, bool Coordinator, bool Starting, string Uptime);
