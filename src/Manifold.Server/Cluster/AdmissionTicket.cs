namespace Manifold.Server.Cluster;

/// <summary>A running slot in a resource group, as a record rather than a counter (DESIGN.md §6): whoever holds the store
/// can see which node holds which slot, reclaim the slots of a node that died and reconcile the counts.</summary>
/// <param name="QueryId">The query that holds the slot.</param>
/// <param name="ResourceGroupId">The full id of its group, e.g. <c>global.adhoc.alice</c>.</param>
/// <param name="OwnerNode">The node that runs the query.</param>
/// <param name="IssuedAt">When the slot was granted.</param>
/// <param name="User">The session user.</param>
public sealed record AdmissionTicket(string QueryId, string ResourceGroupId, string OwnerNode, DateTimeOffset IssuedAt, string User);
