using System.Diagnostics;
using Manifold.Engine.Runtime;
using Manifold.Engine.Session;
using Manifold.Server.Cluster;
using Manifold.Server.Protocol;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Server.Queries;

/// <summary>One query on this coordinator: its state machine, the producer that runs it on the engine and buffers
/// encoded rows ahead of the client, and the documents served on its <c>nextUri</c> chain.</summary>
/// <remarks>Thread-safe. The producer runs on the thread pool; GETs for the same query are serialized. Rows are held
/// only between production and the GET that serves them (plus the last document, kept for retries).</remarks>
internal sealed class ManagedQuery
{
    private readonly QueryManager _manager;
    private readonly object _lock = new();
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Queue<EncodedRows> _buffer = new();
    private readonly JsonValueEncoder _encoder;

    private TaskCompletionSource _changed = NewSignal();
    private TaskCompletionSource _space = NewSignal();
    private int _headOffset;
    private long _bufferedBytes;
    private bool _outputComplete;

    private IAdmissionLease? _lease;
    private Lazy<string?>? _plan;
    private QueryResult? _result;
    private IReadOnlyList<Column>? _columns;
    private SessionUpdate? _sessionUpdate;
    private IReadOnlyList<Warning> _warnings = [];

    private long _lastToken = -1;
    private QueryResults? _lastDocument;
    private bool _finalServed;
    private long _lastQueuedToken;
    private QueryResults? _lastQueuedDocument;

    private long _outputRows;
    private long _outputBytes;
    private long _busyTicks;
    private long _peakMemory;

    public ManagedQuery(QueryManager manager, string queryId, string sql, ClientSession client, Session session, string? queryType)
    {
        _manager = manager;
        QueryId = queryId;
        Sql = sql;
        Client = client;
        Session = session;
        QueryType = queryType;
        Slug = "x" + Guid.NewGuid().ToString("N");
        CreateTime = manager.Time.GetUtcNow();
        LastHeartbeat = CreateTime;
        _encoder = new JsonValueEncoder(client.ParametricDatetime);
    }

    public string QueryId { get; }
    public string Slug { get; }
    public string Sql { get; }
    public ClientSession Client { get; }
    public Session Session { get; }
    public string? QueryType { get; }
    public DateTimeOffset CreateTime { get; }
    public DateTimeOffset? ExecutionStartTime { get; private set; }
    public DateTimeOffset? EndTime { get; private set; }
    public DateTimeOffset LastHeartbeat { get; private set; }
    public QueryState State { get; private set; } = QueryState.Queued;
    public ManifoldException? Error { get; private set; }
    public string? ResourceGroupId { get; private set; }
    public string? UpdateType { get; private set; }
    public long? UpdateCount { get; private set; }
    /// <summary>The optimized plan, printed only when someone asks (query info), not for every query.</summary>
    public string? PlanText => _plan?.Value;
    public SessionUpdate? SessionUpdate => _sessionUpdate;
    public IReadOnlyList<Column>? Columns => _columns;

    /// <summary>The limits that apply: the server's, lowered by the session's query_max_* properties.</summary>
    public TimeSpan MaxRunTime { get; init; }
    public TimeSpan MaxExecutionTime { get; init; }
    public TimeSpan MaxQueuedTime { get; init; }

    /// <summary>For START TRANSACTION: the isolation level and read-only flag it asks for.</summary>
    public (string IsolationLevel, bool ReadOnly)? TransactionModes { get; init; }

    /// <summary>A failure known before the query runs (bad session property, unknown transaction): it fails at once.</summary>
    public ManifoldException? InitialError { get; init; }

    public bool IsDone
    {
        get
        {
            lock (_lock)
            {
                return State.IsDone();
            }
        }
    }

    /// <summary>Runs the query: admission while QUEUED, then planning and row production. Never throws.</summary>
    public async Task RunAsync(IAdmissionController admission)
    {
        CancellationToken token = _cancellation.Token;
        try
        {
            if (InitialError is { } initial)
            {
                throw initial;
            }
            var request = new AdmissionRequest(QueryId, Client.User, Client.Source, QueryType ?? "SELECT", Client.ClientTags.ToHashSet(StringComparer.Ordinal))
            {
                OriginalUser = Client.User,
                AuthenticatedUser = Client.AuthenticatedUser,
                UserGroups = Client.Groups.ToHashSet(StringComparer.Ordinal),
                QueryPriority = Session.SystemProperties.TryGetValue(SystemSessionProperties.QueryPriority, out string? priority)
                    && int.TryParse(priority, out int value) ? value : 1,
            };
            IAdmissionLease lease = await admission.AdmitAsync(request, token).ConfigureAwait(false);
            lock (_lock)
            {
                _lease = lease;
                ResourceGroupId = lease.ResourceGroupId;
            }
            if (IsDone)
            {
                await ReleaseLeaseAsync().ConfigureAwait(false);
                return;
            }
            ExecutionStartTime = _manager.Time.GetUtcNow();
            Advance(QueryState.WaitingForResources);
            Advance(QueryState.Dispatching);
            Advance(QueryState.Planning);

            long started = Stopwatch.GetTimestamp();
            QueryResult result = await _manager.Engine.ExecuteAsync(Session, Sql, QueryId, token).ConfigureAwait(false);
            lock (_lock)
            {
                _result = result;
            }
            Interlocked.Add(ref _busyTicks, Stopwatch.GetTimestamp() - started);
            bool synthetic = result.Columns.Count == 0;
            bool countRow = synthetic && result.UpdateCount is not null;
            IReadOnlyList<Column> columns = synthetic
                ? [TypeSignatures.ToColumn(countRow ? "rows" : "result", countRow ? SqlType.BigInt : SqlType.Boolean, Client.ParametricDatetime)]
                : result.Columns.Select(c => TypeSignatures.ToColumn(c.Name, c.Type, Client.ParametricDatetime)).ToArray();
            lock (_lock)
            {
                _columns = columns;
                _sessionUpdate = result.SessionUpdate;
                UpdateType = result.UpdateType;
                UpdateCount = result.UpdateCount;
                _warnings = result.Warnings.Select(w => new Warning(new WarningCode(1, "WARNING"), w)).ToArray();
            }
            Advance(QueryState.Starting);
            Advance(QueryState.Running);

            while (true)
            {
                started = Stopwatch.GetTimestamp();
                Page? page = await result.NextPageAsync(token).ConfigureAwait(false);
                if (page is null)
                {
                    break;
                }
                EncodedRows rows = _encoder.Encode(page);
                Interlocked.Add(ref _busyTicks, Stopwatch.GetTimestamp() - started);
                RecordMemory(result);
                await EnqueueAsync(rows, token).ConfigureAwait(false);
            }
            if (synthetic)
            {
                lock (_lock)
                {
                    UpdateCount = result.UpdateCount;
                }
                await EnqueueAsync(JsonValueEncoder.EncodeSingle([countRow ? result.UpdateCount ?? 0L : true]), token).ConfigureAwait(false);
            }
            lock (_lock)
            {
                _outputComplete = true;
                if (State == QueryState.Running)
                {
                    State = QueryState.Finishing;
                }
                Pulse();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Fail() recorded the reason before cancelling.
        }
        catch (ManifoldException e)
        {
            Fail(e);
        }
        catch (Exception e)
        {
            Fail(new ManifoldException(StandardErrorCode.GenericInternalError, e.Message, null, e));
        }
        finally
        {
            QueryResult? result;
            lock (_lock)
            {
                result = _result;
            }
            if (result is not null)
            {
                _plan ??= new Lazy<string?>(() => TryPlanText(result));
                RecordMemory(result);
                await result.DisposeAsync().ConfigureAwait(false);
            }
            if (IsDone)
            {
                await ReleaseLeaseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Fails the query with <paramref name="error"/> unless it already ended; frees its rows and slot.</summary>
    public bool Fail(ManifoldException error)
    {
        lock (_lock)
        {
            if (State.IsDone())
            {
                return false;
            }
            Error = error;
            State = QueryState.Failed;
            EndTime = _manager.Time.GetUtcNow();
            _buffer.Clear();
            _bufferedBytes = 0;
            Pulse();
            _space.TrySetResult();
        }
        _cancellation.Cancel();
        _manager.OnQueryDone(this);
        _ = ReleaseLeaseAsync();
        return true;
    }

    /// <summary>Records that the client is still there.</summary>
    public void Touch()
    {
        lock (_lock)
        {
            LastHeartbeat = _manager.Time.GetUtcNow();
        }
    }

    /// <summary>Serves token <paramref name="token"/> of the queued resource: the same document for the last token, the
    /// next one (after waiting up to <paramref name="maxWait"/> for the query to leave the queue) for last + 1; null
    /// (410) for anything else.</summary>
    public async Task<QueryResults?> GetQueuedAsync(long token, TimeSpan maxWait, string baseUri, CancellationToken cancellationToken)
    {
        Touch();
        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_lock)
            {
                if (token == _lastQueuedToken && _lastQueuedDocument is not null)
                {
                    return _lastQueuedDocument;
                }
                if (token != _lastQueuedToken + 1)
                {
                    return null;
                }
            }
            await WaitAsync(() => State > QueryState.Dispatching, maxWait, cancellationToken).ConfigureAwait(false);
            lock (_lock)
            {
                QueryResults document;
                if (State == QueryState.Failed)
                {
                    document = Document(baseUri, nextUri: null, data: null);
                    _finalServed = true;
                }
                else if (State <= QueryState.Dispatching)
                {
                    document = Document(baseUri, $"{baseUri}/v1/statement/queued/{QueryId}/{Slug}/{token + 1}", data: null);
                }
                else
                {
                    document = Document(baseUri, $"{baseUri}/v1/statement/executing/{QueryId}/{Slug}/0", data: null);
                }
                _lastQueuedToken = token;
                _lastQueuedDocument = document;
                return document;
            }
        }
        finally
        {
            _fetch.Release();
        }
    }

    /// <summary>Serves token <paramref name="token"/> of the executing resource (client-protocol.md §3.2). Returns the
    /// document, or the status code to answer instead (410 for an old token, 404 for a token never issued).</summary>
    public async Task<(QueryResults? Document, int Status)> GetExecutingAsync(
        long token, TimeSpan maxWait, long targetBytes, string baseUri, CancellationToken cancellationToken)
    {
        Touch();
        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_lock)
            {
                if (token == _lastToken && _lastDocument is not null)
                {
                    return (_lastDocument, 200);
                }
                if (token < _lastToken)
                {
                    return (null, 410);
                }
                if (token != _lastToken + 1 || _finalServed)
                {
                    return (null, 404);
                }
            }
            await WaitAsync(() => State.IsDone() || _buffer.Count > 0 || _outputComplete, maxWait, cancellationToken).ConfigureAwait(false);
            QueryResults document;
            bool finished = false;
            lock (_lock)
            {
                if (State == QueryState.Failed)
                {
                    document = Document(baseUri, nextUri: null, data: null);
                    _finalServed = true;
                }
                else if (_outputComplete && _buffer.Count == 0)
                {
                    State = QueryState.Finished;
                    EndTime = _manager.Time.GetUtcNow();
                    finished = true;
                    document = Document(baseUri, nextUri: null, data: null);
                    _finalServed = true;
                }
                else
                {
                    ResultRows? data = TakeRows(targetBytes);
                    document = Document(baseUri, $"{baseUri}/v1/statement/executing/{QueryId}/{Slug}/{token + 1}", data);
                }
                _lastToken = token;
                _lastDocument = document;
            }
            if (finished)
            {
                _manager.OnQueryDone(this);
                await ReleaseLeaseAsync().ConfigureAwait(false);
            }
            return (document, 200);
        }
        finally
        {
            _fetch.Release();
        }
    }

    /// <summary>The document a POST answers with: always QUEUED, always with a <c>nextUri</c>, never with rows.</summary>
    public QueryResults SubmittedDocument(string baseUri) => new()
    {
        Id = QueryId,
        InfoUri = $"{baseUri}/ui/query.html?{QueryId}",
        NextUri = $"{baseUri}/v1/statement/queued/{QueryId}/{Slug}/1",
        Stats = new StatementStats { State = "QUEUED", Queued = true },
        Warnings = [],
    };

    /// <summary>The session changes to send as response headers (from the moment they are known).</summary>
    public SessionUpdate? KnownSessionUpdate()
    {
        lock (_lock)
        {
            return State == QueryState.Failed ? null : _sessionUpdate;
        }
    }

    public QuerySnapshot Snapshot()
    {
        lock (_lock)
        {
            DateTimeOffset now = _manager.Time.GetUtcNow();
            DateTimeOffset end = EndTime ?? now;
            var (inputRows, inputBytes) = Processed();
            return new QuerySnapshot
            {
                QueryId = QueryId,
                State = State,
                Sql = Sql,
                QueryType = QueryType,
                User = Client.User,
                Source = Client.Source,
                Catalog = Session.Catalog,
                Schema = Session.Schema,
                ClientInfo = Client.ClientInfo,
                ClientTags = Client.ClientTags,
                ResourceGroupId = ResourceGroupId,
                UpdateType = UpdateType,
                CreateTime = CreateTime,
                ExecutionStartTime = ExecutionStartTime,
                EndTime = EndTime,
                LastHeartbeat = LastHeartbeat,
                QueuedTime = QueuedUntil(end),
                ElapsedTime = end - CreateTime,
                ExecutionTime = ExecutionStartTime is { } start ? end - start : TimeSpan.Zero,
                CpuTime = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _busyTicks)),
                OutputRows = Interlocked.Read(ref _outputRows),
                OutputBytes = Interlocked.Read(ref _outputBytes),
                InputRows = inputRows,
                InputBytes = inputBytes,
                ReservedMemoryBytes = State.IsDone() ? 0 : _result?.ReservedMemoryBytes ?? 0,
                PeakMemoryBytes = Interlocked.Read(ref _peakMemory),
                ErrorCode = Error?.ErrorCode,
                ErrorMessage = Error?.Message,
                PlanSource = _plan,
                ColumnNames = _columns?.Select(c => c.Name).ToArray() ?? [],
                Scheduled = State >= QueryState.Running,
                OutputComplete = _outputComplete,
            };
        }
    }

    /// <summary>How long the query waited before it started executing (until <paramref name="end"/> if it never did).</summary>
    private TimeSpan QueuedUntil(DateTimeOffset end) => (ExecutionStartTime ?? end) - CreateTime;

    /// <summary>Statement stats as of now (caller holds the lock).</summary>
    private StatementStats Stats()
    {
        DateTimeOffset now = _manager.Time.GetUtcNow();
        DateTimeOffset end = EndTime ?? now;
        bool scheduled = State >= QueryState.Running && (State != QueryState.Failed || _columns is not null);
        var (total, queued, running, completed) = Splits(scheduled);
        long cpu = (long)Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _busyTicks)).TotalMilliseconds;
        var (rows, bytes) = Processed();
        string stateName = State.ToWireName();
        return new StatementStats
        {
            State = stateName,
            Queued = State == QueryState.Queued,
            Scheduled = scheduled,
            Nodes = scheduled ? 1 : 0,
            TotalSplits = total,
            QueuedSplits = queued,
            RunningSplits = running,
            CompletedSplits = completed,
            CpuTimeMillis = cpu,
            WallTimeMillis = cpu,
            QueuedTimeMillis = (long)QueuedUntil(end).TotalMilliseconds,
            ElapsedTimeMillis = (long)(end - CreateTime).TotalMilliseconds,
            ProcessedRows = rows,
            ProcessedBytes = bytes,
            PhysicalInputBytes = 0,
            PeakMemoryBytes = Interlocked.Read(ref _peakMemory),
            SpilledBytes = 0,
            RootStage = scheduled
                ? new StageStats
                {
                    StageId = "0",
                    State = StageState(),
                    Done = State.IsDone(),
                    Nodes = 1,
                    TotalSplits = total,
                    QueuedSplits = queued,
                    RunningSplits = running,
                    CompletedSplits = completed,
                    CpuTimeMillis = cpu,
                    WallTimeMillis = cpu,
                    ProcessedRows = rows,
                    ProcessedBytes = bytes,
                    CoordinatorOnly = true,
                }
                : null,
            ProgressPercentage = scheduled && total > 0 ? Math.Min(100, completed * 100.0 / total) : null,
            RunningPercentage = scheduled && total > 0 ? running * 100.0 / total : null,
        };
    }

    /// <summary>Split counts (caller holds the lock): the engine's scan splits once a scan has listed its splits; before
    /// that, and for statements that scan nothing, one split that completes with the output. A finished query reports
    /// every split completed (a LIMIT may stop scans early).</summary>
    private (int Total, int Queued, int Running, int Completed) Splits(bool scheduled)
    {
        if (!scheduled)
        {
            return (0, 0, 0, 0);
        }
        bool finished = State == QueryState.Finished;
        if (_result?.Progress is { TotalSplits: > 0 } progress)
        {
            int total = Clamp(progress.TotalSplits);
            return finished ? (total, 0, 0, total) : (total, Clamp(progress.QueuedSplits), Clamp(progress.RunningSplits), Clamp(progress.CompletedSplits));
        }
        return finished || _outputComplete ? (1, 0, 0, 1) : (1, 0, 1, 0);
    }

    /// <summary>Rows and bytes processed: what the scans read, or the output for statements that scan nothing.</summary>
    private (long Rows, long Bytes) Processed()
        => _result?.Progress is { InputRows: > 0 } progress
            ? (progress.InputRows, progress.InputBytes)
            : (Interlocked.Read(ref _outputRows), Interlocked.Read(ref _outputBytes));

    private static int Clamp(long value) => (int)Math.Min(int.MaxValue, value);

    /// <summary>The state of stage 0 (caller holds the lock).</summary>
    public string StageState() => State switch
    {
        QueryState.Queued or QueryState.WaitingForResources or QueryState.Dispatching or QueryState.Planning => "PLANNED",
        QueryState.Starting => "SCHEDULING",
        QueryState.Running => "RUNNING",
        QueryState.Finishing or QueryState.Finished => "FINISHED",
        QueryState.Failed => Error?.ErrorCode == StandardErrorCode.UserCanceled ? "CANCELED" : "FAILED",
    };

    /// <summary>Statement stats for the info endpoints.</summary>
    public StatementStats CurrentStats()
    {
        lock (_lock)
        {
            return Stats();
        }
    }

    /// <summary>Stops producing: the rows buffered so far are served, then the query finishes (partial cancel of
    /// the leaf stage, <c>DELETE /v1/stage/{id}</c>). False when the query already ended.</summary>
    public bool CancelProduction()
    {
        lock (_lock)
        {
            if (State.IsDone())
            {
                return false;
            }
            if (_columns is null)
            {
                // Nothing produced yet: there is no result to cut short.
                return false;
            }
            _outputComplete = true;
            if (State == QueryState.Running)
            {
                State = QueryState.Finishing;
            }
            Pulse();
            _space.TrySetResult();
        }
        _cancellation.Cancel();
        return true;
    }

    private QueryResults Document(string baseUri, string? nextUri, ResultRows? data)
    {
        bool failed = State == QueryState.Failed;
        return new QueryResults
        {
            Id = QueryId,
            InfoUri = $"{baseUri}/ui/query.html?{QueryId}",
            PartialCancelUri = nextUri is not null && _columns is not null && !_outputComplete ? $"{baseUri}/v1/stage/{QueryId}.0" : null,
            NextUri = nextUri,
            Columns = failed ? null : _columns,
            Data = data,
            Stats = Stats(),
            Error = failed && Error is not null ? QueryErrors.From(Error) : null,
            Warnings = _warnings,
            UpdateType = failed ? null : UpdateType,
            UpdateCount = failed || _columns is null ? null : UpdateCount,
        };
    }

    /// <summary>Takes buffered rows up to <paramref name="targetBytes"/> (at least one row); null when there are none
    /// (caller holds the lock).</summary>
    private ResultRows? TakeRows(long targetBytes)
    {
        if (_buffer.Count == 0)
        {
            return null;
        }
        var data = new ResultRows();
        while (_buffer.Count > 0)
        {
            EncodedRows head = _buffer.Peek();
            int end = _headOffset;
            long budget = targetBytes - data.ByteCount;
            long startByte = head.RowStart(_headOffset);
            while (end < head.RowCount && (head.RowEnds[end] - startByte <= budget || (data.RowCount == 0 && end == _headOffset)))
            {
                end++;
            }
            data.Add(head, _headOffset, end);
            long taken = head.RowStart(end) - startByte;
            _bufferedBytes -= taken;
            if (end == head.RowCount)
            {
                _buffer.Dequeue();
                _headOffset = 0;
            }
            else
            {
                _headOffset = end;
                break;
            }
        }
        _space.TrySetResult();
        return data.RowCount == 0 ? null : data;
    }

    private async Task EnqueueAsync(EncodedRows rows, CancellationToken cancellationToken)
    {
        if (rows.RowCount == 0)
        {
            return;
        }
        while (true)
        {
            Task space;
            lock (_lock)
            {
                if (State.IsDone() || _outputComplete)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return;
                }
                if (_bufferedBytes < _manager.Options.OutputBufferBytes || _buffer.Count == 0)
                {
                    _buffer.Enqueue(rows);
                    _bufferedBytes += rows.ByteCount;
                    Interlocked.Add(ref _outputRows, rows.RowCount);
                    Interlocked.Add(ref _outputBytes, rows.ByteCount);
                    Pulse();
                    return;
                }
                if (_space.Task.IsCompleted)
                {
                    _space = NewSignal();
                }
                space = _space.Task;
            }
            await space.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WaitAsync(Func<bool> ready, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(maxWait.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (ready())
                {
                    return;
                }
                changed = _changed.Task;
            }
            TimeSpan left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero)
            {
                return;
            }
            try
            {
                await changed.WaitAsync(left, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return;
            }
        }
    }

    private void Advance(QueryState state)
    {
        lock (_lock)
        {
            if (!State.IsDone() && state > State)
            {
                State = state;
                Pulse();
            }
        }
        _cancellation.Token.ThrowIfCancellationRequested();
    }

    /// <summary>Wakes every waiting GET (caller holds the lock).</summary>
    private void Pulse()
    {
        TaskCompletionSource changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    /// <summary>Reports the query's memory now (to its resource group); the manager calls it every second, so a query
    /// that works long before its first page still counts against its group's soft memory limit.</summary>
    public void RefreshMemory()
    {
        QueryResult? result;
        lock (_lock)
        {
            result = State.IsDone() ? null : _result;
        }
        if (result is not null)
        {
            RecordMemory(result);
        }
    }

    private void RecordMemory(QueryResult result)
    {
        long peak = result.PeakMemoryBytes;
        long seen = Interlocked.Read(ref _peakMemory);
        while (peak > seen && Interlocked.CompareExchange(ref _peakMemory, peak, seen) != seen)
        {
            seen = Interlocked.Read(ref _peakMemory);
        }
        IAdmissionLease? lease;
        lock (_lock)
        {
            lease = _lease;
        }
        lease?.ReportMemory(result.ReservedMemoryBytes);
    }

    private async Task ReleaseLeaseAsync()
    {
        IAdmissionLease? lease;
        lock (_lock)
        {
            lease = _lease;
            _lease = null;
        }
        if (lease is not null)
        {
            lease.ReportMemory(0);
            await lease.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string? TryPlanText(QueryResult result)
    {
        try
        {
            return result.PlanText;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
