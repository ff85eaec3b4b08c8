namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary>One row of <c>system.runtime.nodes</c>.</summary>
/// <param name="NodeId">The node id.</param>
/// <param name="HttpUri">The node's URI, null for an embedded engine.</param>
/// <param name="NodeVersion">The server version.</param>
/// <param name="Coordinator">Whether the node is a coordinator.</param>
/// <param name="State">Lower case: <c>active</c>, <c>inactive</c>, <c>shutting_down</c>.</param>
public sealed record RuntimeNodeInfo(string NodeId, string? HttpUri, string NodeVersion, bool Coordinator, string State);
