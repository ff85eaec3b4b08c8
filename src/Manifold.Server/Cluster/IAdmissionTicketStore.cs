namespace Manifold.Server.Cluster;

/// <summary>Where admission tickets live: in this process for one coordinator (<see cref="InMemoryAdmissionTicketStore"/>),
/// in the shared cluster store when coordinators run active-active. Implementations must be thread-safe.</summary>
public interface IAdmissionTicketStore
{
    /// <summary>Records a granted slot.</summary>
    void Issue(AdmissionTicket ticket);

    /// <summary>Removes the slot of <paramref name="queryId"/>; false when it held none.</summary>
    bool Release(string queryId);

    /// <summary>The slots held now, oldest first.</summary>
    IReadOnlyList<AdmissionTicket> List();
}
