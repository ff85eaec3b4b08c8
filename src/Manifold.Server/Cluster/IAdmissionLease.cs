namespace Manifold.Server.Cluster;

/// <summary>A running slot in a resource group: a ticket held while the query runs (DESIGN.md §6). Disposing it frees the
/// slot and lets the next queued query in.</summary>
public interface IAdmissionLease : IAsyncDisposable
{
    /// <summary>The full id of the group the query runs in, e.g. <c>global.adhoc.alice</c>.</summary>
    string ResourceGroupId { get; }

    /// <summary>Reports the query's current memory reservation, counted against the group's soft memory limit.</summary>
    void ReportMemory(long bytes);
}
