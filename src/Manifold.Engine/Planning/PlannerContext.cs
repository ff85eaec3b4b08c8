using Manifold.Engine.Analysis;
using Manifold.Engine.Metadata;
using Manifold.Engine.Planning.Expressions;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Planning;

/// <summary>What planning one statement needs: session, metadata, functions, symbol ids, a constant evaluator and the
/// parameter values of EXECUTE … USING.</summary>
public sealed class PlannerContext
{
    private readonly Dictionary<string, ConnectorSession> _connectorSessions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a context.</summary>
    public PlannerContext(
        Session.Session session, MetadataManager metadata, IExpressionInterpreter interpreter, string queryId, DateTimeOffset start,
        IReadOnlyList<BoundExpression>? parameters = null, CancellationToken cancellationToken = default)
    {
        Session = session;
        Metadata = metadata;
        Functions = new FunctionResolver(metadata.Functions);
        Interpreter = interpreter;
        QueryId = queryId;
        Start = start;
        Parameters = parameters ?? [];
        CancellationToken = cancellationToken;
    }

    /// <summary>The session.</summary>
    public Session.Session Session { get; }

    /// <summary>Catalogs and functions.</summary>
    public MetadataManager Metadata { get; }

    /// <summary>Overload resolution.</summary>
    public FunctionResolver Functions { get; }

    /// <summary>Evaluates constant expressions (literals).</summary>
    public IExpressionInterpreter Interpreter { get; }

    /// <summary>Unique symbols for this statement.</summary>
    public SymbolAllocator Symbols { get; } = new();

    /// <summary>The query id.</summary>
    public string QueryId { get; }

    /// <summary>When the query started.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Values for <c>?</c> parameters, in order.</summary>
    public IReadOnlyList<BoundExpression> Parameters { get; }

    /// <summary>Cancels planning (and the connector calls it makes).</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>How deep view expansion currently is (views referencing views).</summary>
    public int ViewDepth { get; set; }

    /// <summary>The connector session for a catalog (one per catalog per statement).</summary>
    public ConnectorSession ConnectorSession(string catalog)
    {
        if (!_connectorSessions.TryGetValue(catalog, out ConnectorSession? session))
        {
            session = MetadataManager.CreateConnectorSession(Session, QueryId, catalog, Start, CancellationToken);
            _connectorSessions[catalog] = session;
        }
        return session;
    }
}
