namespace Manifold.Server.Protocol;

/// <summary>A warning for the client (client-protocol.md §4.6).</summary>
internal sealed record Warning(WarningCode WarningCode, string Message);
