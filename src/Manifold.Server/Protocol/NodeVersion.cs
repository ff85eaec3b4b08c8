namespace Manifold.Server.Protocol;

/// <summary>The version of a node: <c>{"version":"..."}</c>.</summary>
internal sealed record NodeVersion(string Version);
