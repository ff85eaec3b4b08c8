using System.Collections.Concurrent;
using Manifold.Engine.Metadata;
using Manifold.Spi.Connectors;
using Manifold.Spi.Functions;
using Manifold.Spi.Memory;

namespace Manifold.Engine.Execution;

/// <summary>Everything operators of one query share: session, memory, cancellation, page size, parallelism and statistics.</summary>
public sealed class QueryContext
{
    private readonly ConcurrentDictionary<string, ConnectorSession> _connectorSessions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a context.</summary>
    public QueryContext(
        Session.Session session, string queryId, DateTimeOffset start, MemoryContext memory, int pageSize, int concurrency,
        CancellationToken cancellationToken)
    {
        Session = session;
        QueryId = queryId;
        Start = start;
        Memory = memory;
        PageSize = pageSize;
        Concurrency = concurrency;
        CancellationToken = cancellationToken;
        Functions = new FunctionContext(session.TimeZoneKey, start, session.User);
    }

    /// <summary>The session.</summary>
    public Session.Session Session { get; }

    /// <summary>The query id.</summary>
    public string QueryId { get; }

    /// <summary>When the query started.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The query's memory; operators create children of it.</summary>
    public MemoryContext Memory { get; }

    /// <summary>Rows per page that operators produce at most.</summary>
    public int PageSize { get; }

    /// <summary>Worker threads per parallel pipeline.</summary>
    public int Concurrency { get; }

    /// <summary>Fires when the query is cancelled or fails.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>What scalar functions may know (time zone, start time, user).</summary>
    public FunctionContext Functions { get; }

    /// <summary>Splits and rows of the table scans so far.</summary>
    public QueryProgress Progress { get; } = new();

    /// <summary>Per plan node statistics, for EXPLAIN ANALYZE and query info.</summary>
    public ConcurrentDictionary<int, OperatorStats> Stats { get; } = new();

    /// <summary>The statistics record of one plan node (created on first use).</summary>
    public OperatorStats StatsFor(int planNodeId, string name) => Stats.GetOrAdd(planNodeId, _ => new OperatorStats(name));

    /// <summary>The connector session for a catalog.</summary>
    public ConnectorSession ConnectorSession(string catalog)
        => _connectorSessions.GetOrAdd(catalog, c => MetadataManager.CreateConnectorSession(Session, QueryId, c, Start, CancellationToken));
}
