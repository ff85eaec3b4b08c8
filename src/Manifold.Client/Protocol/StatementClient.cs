using System.Buffers;
using System.Net;
using System.Text;

namespace Manifold.Client.Protocol;

/// <summary>Runs one statement over the protocol: <c>POST /v1/statement</c>, then <c>GET nextUri</c> until a response
/// has none (§1). Session headers of every response go to the connection's <see cref="ClientSession"/>.</summary>
/// <remarks>
/// Memory: at most two pages are held, the one being read and the next one, fetched in the background while the
/// caller reads (so network, server encoding and client parsing overlap). Each page is a pooled buffer of the raw
/// response body.
/// <para>Cancelling (<see cref="CancelAsync"/>) sends <c>DELETE nextUri</c>; the server then ends the query with
/// USER_CANCELED. The command timeout is a deadline for the whole statement, reading included.</para>
/// </remarks>
internal sealed class StatementClient : IAsyncDisposable
{
    private readonly HttpTransport _transport;
    private readonly ClientSession _session;
    private readonly CancellationTokenSource _timeout = new();
    private readonly CancellationTokenSource _abort;
    private readonly TimeSpan _commandTimeout;
    private readonly Action<StatementClient>? _progress;
    private volatile string? _nextUri;
    private Task<ResultPage?>? _prefetch;
    private long _bufferedBytes;
    private long _peakBufferedBytes;
    private int _heldPages;
    private int _peakHeldPages;
    private int _lastPageLength;
    private bool _started;

    public StatementClient(HttpTransport transport, ClientSession session, TimeSpan commandTimeout, Action<StatementClient>? progress)
    {
        _transport = transport;
        _session = session;
        _commandTimeout = commandTimeout;
        _progress = progress;
        _abort = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token);
        if (commandTimeout > TimeSpan.Zero)
        {
            _timeout.CancelAfter(commandTimeout);
        }
    }

    public string? QueryId { get; private set; }
    public string? InfoUri { get; private set; }
    public string? PartialCancelUri { get; private set; }
    public IReadOnlyList<ColumnInfo>? Columns { get; private set; }
    public ManifoldQueryStats Stats { get; private set; } = ManifoldQueryStats.Empty;
    public string? UpdateType { get; private set; }
    public long? UpdateCount { get; private set; }
    public IReadOnlyList<ManifoldWarning> Warnings { get; private set; } = [];

    /// <summary>Rows the reader has consumed, reported with progress.</summary>
    public long RowsRead { get; set; }

    /// <summary>True when the last response had no <c>nextUri</c>: the query is over for the client.</summary>
    public bool IsFinished => _started && _nextUri is null;

    /// <summary>Most bytes of page bodies held at once (for tests of bounded memory).</summary>
    public long PeakBufferedBytes => Interlocked.Read(ref _peakBufferedBytes);

    /// <summary>Most pages held at once, the one being read and the one prefetched.</summary>
    public int PeakHeldPages => Volatile.Read(ref _peakHeldPages);

    /// <summary>Submits the statement and returns the first page with rows (null when the statement produced none);
    /// afterwards <see cref="Columns"/> are known unless the statement has no output.</summary>
    public async Task<ResultPage?> StartAsync(string sql, KeyValuePair<string, string>? prepared, CancellationToken cancellationToken)
    {
        Uri uri = _transport.Resolve("/v1/statement");
        ResultPage first = await GuardAsync(async token =>
        {
            using HttpResponseMessage response = await _transport.SendAsync(() =>
            {
                HttpRequestMessage request = _transport.CreateRequest(HttpMethod.Post, uri);
                _session.AddHeaders(request.Headers, prepared);
                request.Content = new StringContent(sql, Encoding.UTF8, "text/plain");
                return request;
            }, idempotent: false, token).ConfigureAwait(false);
            await HttpTransport.EnsureSuccessAsync(response, "POST", uri, token).ConfigureAwait(false);
            return await ReadPageAsync(response, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        _started = true;
        Apply(first);
        return await NextDataPageAsync(first, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next page with rows, or null at the end. Starts fetching the page after it in the background.</summary>
    public Task<ResultPage?> NextDataPageAsync(CancellationToken cancellationToken) => NextDataPageAsync(null, cancellationToken);

    private async Task<ResultPage?> NextDataPageAsync(ResultPage? current, CancellationToken cancellationToken)
    {
        ResultPage? page;
        if (current is not null && current.HasData)
        {
            page = current;
        }
        else
        {
            current?.Dispose();
            Release(current);
            Task<ResultPage?> pending = _prefetch ?? FetchDataPageAsync(_abort.Token);
            _prefetch = null;
            page = await GuardAsync(_ => pending, cancellationToken, pending).ConfigureAwait(false);
        }
        if (page is not null && _nextUri is not null)
        {
            _prefetch = FetchDataPageAsync(_abort.Token);
        }
        return page;
    }

    /// <summary>Returns a page the reader has finished with to the pool.</summary>
    public void Release(ResultPage? page)
    {
        if (page is null)
        {
            return;
        }
        page.Dispose();
    }

    /// <summary>Follows <c>nextUri</c> until a page with rows or the end.</summary>
    private async Task<ResultPage?> FetchDataPageAsync(CancellationToken token)
    {
        while (_nextUri is { } next)
        {
            Uri uri = new(next);
            using HttpResponseMessage response = await _transport.SendAsync(() => _transport.CreateRequest(HttpMethod.Get, uri), idempotent: true, token).ConfigureAwait(false);
            await HttpTransport.EnsureSuccessAsync(response, "GET", uri, token).ConfigureAwait(false);
            ResultPage page = await ReadPageAsync(response, token).ConfigureAwait(false);
            Apply(page);
            if (page.HasData)
            {
                return page;
            }
            page.Dispose();
        }
        return null;
    }

    /// <summary>Reads a response body into a pooled buffer and parses it, applying its session headers.</summary>
    private async Task<ResultPage> ReadPageAsync(HttpResponseMessage response, CancellationToken token)
    {
        _session.Update(response.Headers);
        long? declared = response.Content.Headers.ContentLength;
        // Without a Content-Length, start at the size of the last page: the body then rarely needs a larger buffer.
        byte[] buffer = PageBuffers.Pool.Rent((int)Math.Clamp(declared ?? Math.Max(_lastPageLength, 64 * 1024), 1024, int.MaxValue / 2));
        int length = 0;
        try
        {
            using Stream body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = PageBuffers.Pool.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    PageBuffers.Pool.Return(buffer);
                    buffer = larger;
                }
                int read = await body.ReadAsync(buffer.AsMemory(length), token).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                length += read;
            }
        }
        catch
        {
            PageBuffers.Pool.Return(buffer);
            throw;
        }
        _lastPageLength = length;
        ResultPage page = ResultPage.Parse(buffer, length, needColumns: Columns is null);
        Track(buffer.Length);
        page.Disposed += () => Track(-buffer.Length);
        return page;
    }

    private void Track(long bytes)
    {
        long now = Interlocked.Add(ref _bufferedBytes, bytes);
        int pages = bytes > 0 ? Interlocked.Increment(ref _heldPages) : Interlocked.Decrement(ref _heldPages);
        long peak;
        while (now > (peak = Interlocked.Read(ref _peakBufferedBytes)) && Interlocked.CompareExchange(ref _peakBufferedBytes, now, peak) != peak)
        {
        }
        int peakPages;
        while (pages > (peakPages = Volatile.Read(ref _peakHeldPages)) && Interlocked.CompareExchange(ref _peakHeldPages, pages, peakPages) != peakPages)
        {
        }
    }

    /// <summary>Takes the state of a response; a failure ends the statement with its exception.</summary>
    private void Apply(ResultPage page)
    {
        QueryId ??= page.Id;
        InfoUri = page.InfoUri ?? InfoUri;
        PartialCancelUri = page.PartialCancelUri;
        Columns ??= page.Columns;
        Stats = page.Stats ?? Stats;
        UpdateType = page.UpdateType ?? UpdateType;
        UpdateCount = page.UpdateCount ?? UpdateCount;
        if (page.Warnings is { Count: > 0 } warnings)
        {
            Warnings = warnings;
        }
        _nextUri = page.NextUri;
        _progress?.Invoke(this);
        if (page.Error is { } error)
        {
            page.Dispose();
            _nextUri = null;
            error.QueryId ??= QueryId;
            throw error;
        }
    }

    /// <summary>Runs an HTTP step under the statement's abort token and the caller's token. When the caller cancels, the
    /// query is cancelled on the server (DELETE) and <see cref="OperationCanceledException"/> thrown; when the command
    /// timeout passes, likewise with a <see cref="ManifoldDbException"/> around a <see cref="TimeoutException"/>.</summary>
    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken, Task<T>? running = null)
    {
        try
        {
            if (running is not null)
            {
                return await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _abort.Token);
            return await step(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await AbortAsync().ConfigureAwait(false);
            throw;
        }
        catch (OperationCanceledException e) when (_timeout.IsCancellationRequested)
        {
            await AbortAsync().ConfigureAwait(false);
            throw new ManifoldDbException($"The command timeout of {_commandTimeout.TotalSeconds:0.###} s expired; the query was cancelled",
                new TimeoutException(e.Message, e))
            {
                QueryId = QueryId,
            };
        }
    }

    /// <summary>Cancels the query on the server and stops the background fetch.</summary>
    private async Task AbortAsync()
    {
        await CancelAsync().ConfigureAwait(false);
        _abort.Cancel();
        await DiscardPrefetchAsync().ConfigureAwait(false);
    }

    /// <summary>Sends <c>DELETE nextUri</c> (§3.5); the next GET reports USER_CANCELED. Safe to call from any thread, and
    /// when the query is already over (then nothing is sent).</summary>
    public async Task CancelAsync()
    {
        if (_nextUri is not { } next)
        {
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(_transport.RequestTimeout);
            using HttpResponseMessage response = await _transport.SendAsync(() => _transport.CreateRequest(HttpMethod.Delete, new Uri(next)), idempotent: true, timeout.Token)
                .ConfigureAwait(false);
            // 204 expected; 200/404/410 mean there is nothing left to cancel.
            _ = response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Gone;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or ManifoldDbException)
        {
            // Best effort: the server abandons an unpolled query after its client timeout anyway.
        }
    }

    private async Task DiscardPrefetchAsync()
    {
        Task<ResultPage?>? pending = Interlocked.Exchange(ref _prefetch, null);
        if (pending is null)
        {
            return;
        }
        try
        {
            (await pending.ConfigureAwait(false))?.Dispose();
        }
        catch (Exception e) when (e is ManifoldDbException or OperationCanceledException or HttpRequestException or IOException)
        {
        }
    }

    /// <summary>Ends the statement. Unread queries are cancelled; statements with an update type (DDL, SET SESSION, DML)
    /// are drained instead, as Trino's Python client does, so that a DELETE does not turn a finished statement into
    /// USER_CANCELED and the session headers of the last pages are applied.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_started && _nextUri is not null && !_abort.IsCancellationRequested)
            {
                if (UpdateType is not null)
                {
                    try
                    {
                        Task<ResultPage?> pending = _prefetch ?? Task.FromResult<ResultPage?>(null);
                        _prefetch = null;
                        (await pending.ConfigureAwait(false))?.Dispose();
                        while ((await FetchDataPageAsync(_abort.Token).ConfigureAwait(false)) is { } page)
                        {
                            page.Dispose();
                        }
                    }
                    catch (Exception e) when (e is ManifoldDbException or OperationCanceledException or HttpRequestException or IOException)
                    {
                    }
                }
                else
                {
                    await CancelAsync().ConfigureAwait(false);
                }
            }
            _abort.Cancel();
            await DiscardPrefetchAsync().ConfigureAwait(false);
        }
        finally
        {
            _abort.Dispose();
            _timeout.Dispose();
        }
    }
}
