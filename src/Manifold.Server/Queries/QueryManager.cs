using System.Collections.Concurrent;
using System.Collections.Immutable;
using Manifold.Engine.Runtime;
using Manifold.Engine.Session;
using Manifold.Server.Cluster;
using Manifold.Server.Hosting;
using Manifold.Server.Protocol;
using Manifold.Spi.Errors;
using Manifold.Sql.Parsing;
using Manifold.Sql.Tree;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Queries;

/// <summary>Creates, runs, limits, cancels and remembers the queries of this coordinator.</summary>
/// <remarks>Thread-safe. Time limits, abandonment, memory reports to resource groups and history expiry are applied by
/// <see cref="EnforceLimits"/>, which a
/// timer of the manager's <see cref="TimeProvider"/> calls every second (tests call it after moving a fake clock).</remarks>
public sealed class QueryManager : IQueryRegistry, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ManagedQuery> _queries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OpenTransaction> _transactions = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<ManagedQuery> _expiration = new();
    private readonly IAdmissionController _admission;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly object _drainLock = new();
    private TaskCompletionSource _activeChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _accepting = true;
    private long _totalRows;
    private long _totalBytes;
    private long _totalCpuTicks;

    /// <summary>Creates a manager over <paramref name="engine"/>; queries are admitted by <paramref name="admission"/>.</summary>
    public QueryManager(ManifoldEngine engine, IAdmissionController admission, QueryManagerOptions options, TimeProvider time, ILogger logger)
    {
        Engine = engine;
        _admission = admission;
        Options = options;
        Time = time;
        _logger = logger;
        Metrics = new ServerMetrics(this);
        Exporter = new PrometheusExporter(Metrics.Meter);
        Metrics.Prime();
        _timer = time.CreateTimer(_ => EnforceLimits(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>The groups of each user (etc/group-provider.properties); null when there are none.</summary>
    internal Security.AccessControl.IGroupProvider? GroupProvider { get; init; }

    /// <summary>The engine queries run on.</summary>
    public ManifoldEngine Engine { get; }

    /// <summary>The settings.</summary>
    public QueryManagerOptions Options { get; }

    /// <summary>The clock of query times and limits.</summary>
    public TimeProvider Time { get; }

    /// <summary>This coordinator's instruments (meter <c>Manifold.Server</c>).</summary>
    public ServerMetrics Metrics { get; }

    /// <summary>Serves <see cref="Metrics"/> as Prometheus text for <c>GET /metrics</c>.</summary>
    public PrometheusExporter Exporter { get; }

    /// <summary>False once draining started: new queries are refused.</summary>
    public bool IsAccepting => _accepting;

    /// <summary>Total rows produced by every query so far.</summary>
    public long TotalRows => Interlocked.Read(ref _totalRows);

    /// <summary>Total encoded bytes produced by every query so far.</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    /// <summary>Queries not yet FINISHED or FAILED.</summary>
    public int ActiveQueryCount => _queries.Values.Count(q => !q.IsDone);

    internal ManagedQuery Submit(ClientSession client, string sql, ManifoldException? initialError = null)
    {
        if (!_accepting)
        {
            throw new ProtocolException(503, "Server is shutting down");
        }
        string queryId = Engine.QueryIds.Next();
        Statement? statement = null;
        try
        {
            statement = initialError is null ? SqlParser.ParseStatement(sql) : null;
        }
        catch (SqlParseException)
        {
            // The engine reports the syntax error in-band when the query runs.
        }
        catch (InsufficientExecutionStackException)
        {
        }
        client = client with { Groups = [.. GroupProvider?.GetGroups(client.User) ?? []] };
        Session session = Engine.CreateSession(client.User, client.Catalog, client.Schema) with
        {
            Groups = client.Groups,
            AuthenticatedUser = client.AuthenticatedUser,
            Source = client.Source,
            TimeZoneKey = client.TimeZoneKey,
            PreparedStatements = client.PreparedStatements.WithComparers(StringComparer.OrdinalIgnoreCase),
            ClientTags = client.ClientTags,
            TransactionId = client.TransactionId,
        };
        ManifoldException? error = initialError;
        foreach (var (name, value) in client.Properties)
        {
            if (error is not null)
            {
                break;
            }
            (session, error) = WithProperty(session, name, value);
        }
        error ??= CheckTransaction(client, statement);
        var query = new ManagedQuery(this, queryId, sql, client, session, QueryTypeOf(statement))
        {
            InitialError = error,
            TransactionModes = statement is StartTransactionStatement start ? TransactionModesOf(start) : null,
            MaxRunTime = Limit(Options.MaxRunTime, session, SystemSessionProperties.QueryMaxRunTime),
            MaxExecutionTime = Limit(Options.MaxExecutionTime, session, SystemSessionProperties.QueryMaxExecutionTime),
            MaxQueuedTime = Limit(Options.MaxQueuedTime, session, SystemSessionProperties.QueryMaxQueuedTime),
        };
        _queries[queryId] = query;
        Metrics.QueriesStarted.Add(1);
        _logger.LogInformation("Query {QueryId} submitted by {User}: {Sql}", queryId, client.User, OneLine(sql.Length > 1000 ? sql[..1000] : sql));
        _ = Task.Run(() => query.RunAsync(_admission));
        return query;
    }

    internal ManagedQuery? Find(string queryId) => _queries.GetValueOrDefault(queryId);

    /// <summary>Called once when a query reaches FINISHED or FAILED.</summary>
    internal void OnQueryDone(ManagedQuery query)
    {
        QuerySnapshot snapshot = query.Snapshot();
        Interlocked.Add(ref _totalRows, snapshot.OutputRows);
        Interlocked.Add(ref _totalBytes, snapshot.OutputBytes);
        Interlocked.Add(ref _totalCpuTicks, snapshot.CpuTime.Ticks);
        Metrics.QueryDone(snapshot);
        if (snapshot.State == QueryState.Failed)
        {
            _logger.LogInformation("Query {QueryId} failed after {Elapsed:0.000}s: {ErrorName}: {Message}",
                query.QueryId, snapshot.ElapsedTime.TotalSeconds, snapshot.ErrorCode?.Name, snapshot.ErrorMessage);
        }
        else
        {
            _logger.LogInformation("Query {QueryId} finished in {Elapsed:0.000}s, {Rows} rows",
                query.QueryId, snapshot.ElapsedTime.TotalSeconds, snapshot.OutputRows);
        }
        if (query.SessionUpdate is { } update && snapshot.State == QueryState.Finished)
        {
            if (update.StartedTransactionId is { } started)
            {
                _transactions[started] = new OpenTransaction(started, query.TransactionModes?.IsolationLevel ?? "READ UNCOMMITTED",
                    query.TransactionModes?.ReadOnly ?? false, snapshot.EndTime ?? Time.GetUtcNow());
            }
            if (update.ClearTransactionId && query.Client.TransactionId is { } ended)
            {
                _transactions.TryRemove(ended, out _);
            }
        }
        _expiration.Enqueue(query);
        lock (_drainLock)
        {
            _activeChanged.TrySetResult();
            _activeChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Fails queries over their time limits or abandoned by their clients, and forgets expired history.</summary>
    public void EnforceLimits()
    {
        DateTimeOffset now = Time.GetUtcNow();
        foreach (ManagedQuery query in _queries.Values)
        {
            if (query.IsDone)
            {
                continue;   // the history is long; only live queries need a snapshot
            }
            query.RefreshMemory();
            QuerySnapshot q = query.Snapshot();
            if (q.State.IsDone())
            {
                continue;
            }
            if (q.State == QueryState.Queued && now - q.CreateTime > query.MaxQueuedTime)
            {
                query.Fail(new ManifoldException(StandardErrorCode.ExceededTimeLimit,
                    $"Query exceeded maximum queued time limit of {AirliftFormat.Duration(query.MaxQueuedTime)}"));
            }
            else if (now - q.CreateTime > query.MaxRunTime)
            {
                query.Fail(new ManifoldException(StandardErrorCode.ExceededTimeLimit,
                    $"Query exceeded maximum time limit of {AirliftFormat.Duration(query.MaxRunTime)}"));
            }
            else if (q.ExecutionStartTime is { } started && now - started > query.MaxExecutionTime)
            {
                query.Fail(new ManifoldException(StandardErrorCode.ExceededTimeLimit,
                    $"Query exceeded the maximum execution time limit of {AirliftFormat.Duration(query.MaxExecutionTime)}"));
            }
            else if (now - q.LastHeartbeat > Options.ClientTimeout)
            {
                query.Fail(new ManifoldException(StandardErrorCode.AbandonedQuery,
                    $"Query {q.QueryId} was abandoned by the client, as it may have exited or stopped checking for query results. "
                    + $"Query results have not been accessed since {AirliftFormat.Timestamp(q.LastHeartbeat)}: currentTime {AirliftFormat.Timestamp(now)}"));
            }
        }
        RemoveExpired(now);
        foreach (OpenTransaction transaction in _transactions.Values)
        {
            if (now - transaction.LastUsed > Options.TransactionIdleTimeout)
            {
                _transactions.TryRemove(transaction.TransactionId, out _);
                _logger.LogInformation("Transaction {TransactionId} expired after {Idle} idle", transaction.TransactionId,
                    AirliftFormat.Duration(Options.TransactionIdleTimeout));
            }
        }
    }

    /// <summary>The transactions clients opened and have not ended (nor let expire).</summary>
    public IReadOnlyList<OpenTransaction> ListTransactions() => _transactions.Values.OrderBy(t => t.CreateTime).ToArray();

    /// <summary>Forgets the oldest finished queries while more than <c>query.max-history</c> are kept and the oldest
    /// ended longer than <c>query.min-expire-age</c> ago (Trino's rule).</summary>
    private void RemoveExpired(DateTimeOffset now)
    {
        while (_expiration.Count > Options.MaxHistory && _expiration.TryPeek(out ManagedQuery? oldest))
        {
            if (oldest.EndTime is { } end && now - end < Options.MinExpireAge)
            {
                return;
            }
            if (_expiration.TryDequeue(out oldest))
            {
                _queries.TryRemove(oldest.QueryId, out _);
            }
        }
    }

    /// <summary>Stops accepting queries, waits up to <paramref name="gracePeriod"/> for the active ones to end, then
    /// fails the rest with SERVER_SHUTTING_DOWN. Returns how many were failed.</summary>
    public async Task<int> DrainAsync(TimeSpan gracePeriod, CancellationToken cancellationToken = default)
    {
        _accepting = false;
        _logger.LogInformation("Draining: {Count} active queries, grace period {Grace}", ActiveQueryCount, AirliftFormat.Duration(gracePeriod));
        using var grace = new CancellationTokenSource(gracePeriod, Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(grace.Token, cancellationToken);
        while (ActiveQueryCount > 0)
        {
            Task changed;
            lock (_drainLock)
            {
                changed = _activeChanged.Task;
            }
            if (ActiveQueryCount == 0)
            {
                break;
            }
            try
            {
                await changed.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        int failed = 0;
        foreach (ManagedQuery query in _queries.Values)
        {
            if (query.Fail(new ManifoldException(StandardErrorCode.ServerShuttingDown, "Server is shutting down")))
            {
                failed++;
            }
        }
        _logger.LogInformation("Drained: {Failed} queries failed with SERVER_SHUTTING_DOWN", failed);
        return failed;
    }

    /// <inheritdoc />
    public IReadOnlyList<QuerySnapshot> ListQueries()
        => _queries.Values.Select(q => q.Snapshot()).OrderBy(q => q.CreateTime).ThenBy(q => q.QueryId, StringComparer.Ordinal).ToArray();

    /// <inheritdoc />
    public QuerySnapshot? GetQuery(string queryId) => Find(queryId)?.Snapshot();

    /// <inheritdoc />
    public bool CancelQuery(string queryId)
    {
        ManagedQuery? query = Find(queryId);
        if (query is null)
        {
            return false;
        }
        query.Fail(new ManifoldException(StandardErrorCode.UserCanceled, "Query was canceled"));
        return true;
    }

    /// <summary>Fails a query with ADMINISTRATIVELY_KILLED; null when unknown, false when it already ended.</summary>
    public bool? KillQuery(string queryId, string? message)
    {
        ManagedQuery? query = Find(queryId);
        if (query is null)
        {
            return null;
        }
        return query.Fail(new ManifoldException(StandardErrorCode.AdministrativelyKilled,
            string.IsNullOrWhiteSpace(message) ? "Query killed" : $"Query killed. Message: {message.Trim()}"));
    }

    /// <summary>Cluster-wide counters of this node (single node: the cluster).</summary>
    internal (long Running, long Queued, long Blocked, long Reserved, double RowsPerSecond, long CpuSeconds) Counters()
    {
        long running = 0;
        long queued = 0;
        long blocked = 0;
        long reserved = 0;
        double rate = 0;
        long cpuTicks = Interlocked.Read(ref _totalCpuTicks);
        foreach (ManagedQuery query in _queries.Values)
        {
            QuerySnapshot q = query.Snapshot();
            switch (q.State)
            {
                case QueryState.Queued:
                    queued++;
                    break;
                case QueryState.Finishing:
                    blocked++;
                    break;
                case QueryState.WaitingForResources or QueryState.Dispatching or QueryState.Planning or QueryState.Starting or QueryState.Running:
                    running++;
                    reserved += q.ReservedMemoryBytes;
                    if (q.ExecutionTime > TimeSpan.Zero)
                    {
                        rate += q.OutputRows / q.ExecutionTime.TotalSeconds;
                    }
                    cpuTicks += q.CpuTime.Ticks;
                    break;
                case QueryState.Finished or QueryState.Failed:
                    break;
            }
        }
        return (running, queued, blocked, reserved, rate, (long)TimeSpan.FromTicks(cpuTicks).TotalSeconds);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        foreach (ManagedQuery query in _queries.Values)
        {
            query.Fail(new ManifoldException(StandardErrorCode.ServerShuttingDown, "Server is shutting down"));
        }
        Exporter.Dispose();
        Metrics.Dispose();
    }

    private (Session Session, ManifoldException? Error) WithProperty(Session session, string name, string value)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            if (!SystemSessionProperties.All.TryGetValue(name, out SessionPropertyDefinition? definition))
            {
                return (session, new ManifoldException(StandardErrorCode.InvalidSessionProperty, $"Session property '{name}' does not exist"));
            }
            if (definition.Validate?.Invoke(value) is { } message)
            {
                return (session, new ManifoldException(StandardErrorCode.InvalidSessionProperty, $"{name} {message}"));
            }
            if (Denied(() => Engine.Metadata.AccessControl.CheckCanSetSystemSessionProperty(session.Identity, definition.Name)) is { } denied)
            {
                return (session, denied);
            }
            return (session with { SystemProperties = session.SystemProperties.SetItem(definition.Name, value) }, null);
        }
        string catalog = name[..dot];
        string property = name[(dot + 1)..];
        if (Engine.Catalogs.TryGetCatalog(catalog) is not { } entry
            || !entry.Connector.SessionProperties.Any(p => p.Name.Equals(property, StringComparison.OrdinalIgnoreCase)))
        {
            return (session, new ManifoldException(StandardErrorCode.InvalidSessionProperty, $"Session property '{name}' does not exist"));
        }
        if (Denied(() => Engine.Metadata.AccessControl.CheckCanSetCatalogSessionProperty(session.Identity, entry.Name, property)) is { } catalogDenied)
        {
            return (session, catalogDenied);
        }
        var properties = session.CatalogProperties.TryGetValue(catalog, out var existing)
            ? existing
            : ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        return (session with { CatalogProperties = session.CatalogProperties.SetItem(catalog, properties.SetItem(property, value)) }, null);
    }

    /// <summary>The error of a denied access check, or null when it passed.</summary>
    private static ManifoldException? Denied(Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (ManifoldException e) when (e.ErrorCode == StandardErrorCode.PermissionDenied)
        {
            return e;
        }
    }

    private ManifoldException? CheckTransaction(ClientSession client, Statement? statement)
    {
        if (statement is StartTransactionStatement && !client.SupportsTransactions)
        {
            return new ManifoldException(StandardErrorCode.IncompatibleClient, "Client does not support transactions");
        }
        if (client.TransactionId is { } id)
        {
            if (!_transactions.TryGetValue(id, out OpenTransaction? transaction))
            {
                return new ManifoldException(StandardErrorCode.UnknownTransaction, $"Unknown transaction ID: {id}. Possibly expired? Commands ignored until end of transaction block");
            }
            transaction.Touch(Time.GetUtcNow());
        }
        return null;
    }

    private static TimeSpan Limit(TimeSpan configured, Session session, string property)
        => session.SystemProperties.TryGetValue(property, out string? text) && Duration.TryParse(text, out TimeSpan value) && value < configured
            ? value
            : configured;

    /// <summary>The isolation level (Trino's spelling) and read-only flag START TRANSACTION asks for.</summary>
    private static (string IsolationLevel, bool ReadOnly) TransactionModesOf(StartTransactionStatement start)
    {
        string isolation = "READ UNCOMMITTED";
        bool readOnly = false;
        foreach (TransactionMode mode in start.Modes)
        {
            switch (mode.Kind)
            {
                case TransactionModeKind.ReadCommitted:
                    isolation = "READ COMMITTED";
                    break;
                case TransactionModeKind.RepeatableRead:
                    isolation = "REPEATABLE READ";
                    break;
                case TransactionModeKind.Serializable:
                    isolation = "SERIALIZABLE";
                    break;
                case TransactionModeKind.ReadUncommitted:
                    isolation = "READ UNCOMMITTED";
                    break;
                case TransactionModeKind.ReadOnly:
                    readOnly = true;
                    break;
                case TransactionModeKind.ReadWrite:
                    readOnly = false;
                    break;
            }
        }
        return (isolation, readOnly);
    }

    /// <summary>Trino's query type of a statement, for resource-group selectors.</summary>
    private static string? QueryTypeOf(Statement? statement) => statement switch
    {
        null => null,
        Query => "SELECT",
        ExplainStatement => "EXPLAIN",
        DescribeInputStatement or DescribeOutputStatement or ShowCatalogsStatement or ShowSchemasStatement or ShowTablesStatement
            or ShowColumnsStatement or ShowFunctionsStatement or ShowSessionStatement or ShowCreateStatement => "DESCRIBE",
        InsertStatement => "INSERT",
        UpdateStatement => "UPDATE",
        DeleteStatement => "DELETE",
        _ => "DATA_DEFINITION",
    };

    private static string OneLine(string sql)
    {
        string text = string.Join(' ', sql.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return text.Length <= 200 ? text : text[..200] + "...";
    }
}
