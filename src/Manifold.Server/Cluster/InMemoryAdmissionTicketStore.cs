using System.Collections.Concurrent;

namespace Manifold.Server.Cluster;

/// <summary>The tickets of a single coordinator, kept in memory.</summary>
public sealed class InMemoryAdmissionTicketStore : IAdmissionTicketStore
{
    private readonly ConcurrentDictionary<string, (long Sequence, AdmissionTicket Ticket)> _tickets = new(StringComparer.Ordinal);
    private long _sequence;

    /// <inheritdoc />
    public void Issue(AdmissionTicket ticket)
    {
        if (!_tickets.TryAdd(ticket.QueryId, (Interlocked.Increment(ref _sequence), ticket)))
        {
            throw new InvalidOperationException($"Query {ticket.QueryId} already holds a resource group slot");
        }
    }

    /// <inheritdoc />
    public bool Release(string queryId) => _tickets.TryRemove(queryId, out _);

    /// <inheritdoc />
    public IReadOnlyList<AdmissionTicket> List() => _tickets.Values.OrderBy(t => t.Sequence).Select(t => t.Ticket).ToArray();
}
