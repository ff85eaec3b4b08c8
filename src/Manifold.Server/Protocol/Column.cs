namespace Manifold.Server.Protocol;

/// <summary>A result column: name, SQL display type and machine-readable signature (client-protocol.md §4.2).</summary>
internal sealed record Column(string Name, string Type, ClientTypeSignature TypeSignature);
