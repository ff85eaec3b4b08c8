namespace Manifold.Server.Cluster;

/// <summary>Decides when a query may start: the resource groups of one coordinator now, a shared cluster store later.</summary>
public interface IAdmissionController
{
    /// <summary>Selects the query's group and waits until it may run. While this waits the query is QUEUED.</summary>
    /// <exception cref="Spi.Errors.ManifoldException">QUERY_QUEUE_FULL when the group's queue is full;
    /// QUERY_REJECTED when no selector matches.</exception>
    ValueTask<IAdmissionLease> AdmitAsync(AdmissionRequest request, CancellationToken cancellationToken);

    /// <summary>The live state of every group that exists now (root groups first, each followed by its descendants).</summary>
    IReadOnlyList<ResourceGroupInfo> ListGroups() => [];
}
