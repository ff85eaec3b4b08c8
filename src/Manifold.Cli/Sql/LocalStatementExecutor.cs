using Manifold.Engine.Runtime;
using Manifold.Engine.Session;
using Manifold.Spi.Errors;

namespace Manifold.Cli.Sql;

/// <summary>Runs statements in an embedded engine (<c>manifold sql --local</c>).</summary>
internal sealed class LocalStatementExecutor : IStatementExecutor
{
    private readonly ManifoldEngine _engine;
    private Session _session;

    private LocalStatementExecutor(ManifoldEngine engine, Session session)
    {
        _engine = engine;
        _session = session;
    }

    /// <inheritdoc />
    public string? Catalog => _session.Catalog;

    /// <inheritdoc />
    public string? Schema => _session.Schema;

    /// <summary>The session the next statement runs with.</summary>
    internal Session Session => _session;

    /// <summary>Starts an engine with the catalogs of <paramref name="etcDirectory"/> (or the embedded defaults) and a
    /// session with the given user, catalog, schema and session properties.</summary>
    /// <exception cref="CliUsageException">An etc folder that does not exist, or an unknown or invalid system session
    /// property.</exception>
    public static LocalStatementExecutor Create(
        string? etcDirectory, string user, string? catalog, string? schema, IReadOnlyList<KeyValuePair<string, string>> sessionProperties)
    {
        if (etcDirectory is not null && !Directory.Exists(etcDirectory))
        {
            throw new CliUsageException($"etc directory does not exist: {etcDirectory}");
        }
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in sessionProperties)
        {
            // Catalog properties (catalog.name) are checked by the connector when used; system ones here, as SET SESSION does.
            if (!name.Contains('.', StringComparison.Ordinal))
            {
                if (!SystemSessionProperties.All.TryGetValue(name, out SessionPropertyDefinition? definition))
                {
                    throw new CliUsageException($"Session property '{name}' does not exist");
                }
                if (definition.Validate?.Invoke(value) is { } error)
                {
                    throw new CliUsageException($"Invalid session property '{name}': {error}");
                }
            }
            properties[name] = value;
        }
        ManifoldEngine engine = ManifoldEngine.Create(new EngineOptions { EtcDirectory = etcDirectory });
        try
        {
            Session session = engine.CreateSession(user, catalog, schema) with { Source = "manifold-cli" };
            session = session.Apply(new SessionUpdate { SetProperties = properties });
            return new LocalStatementExecutor(engine, session);
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IStatementResult> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        string queryId = _engine.QueryIds.Next();
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        QueryResult result;
        try
        {
            result = await _engine.ExecuteAsync(_session, sql, queryId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Failed(queryId, e);
        }
        _session = _session.Apply(result.SessionUpdate);
        return new LocalStatementResult(result, started);
    }

    /// <summary>The error a failed statement reports; unexpected exceptions become GENERIC_INTERNAL_ERROR.</summary>
    internal static QueryFailedException Failed(string queryId, Exception exception)
    {
        if (exception is ManifoldException manifold)
        {
            return new QueryFailedException(
                new QueryError(queryId, manifold.Message, manifold.ErrorCode.Name, manifold.ErrorCode.TypeName, manifold.Location?.Line, manifold.Location?.Column),
                exception);
        }
        ErrorCode internalError = StandardErrorCode.GenericInternalError;
        return new QueryFailedException(new QueryError(queryId, exception.Message, internalError.Name, internalError.TypeName), exception);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _engine.Dispose();
        return ValueTask.CompletedTask;
    }
}
