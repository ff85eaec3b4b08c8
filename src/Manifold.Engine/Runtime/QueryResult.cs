using Manifold.Engine.Execution;
using Manifold.Engine.Execution.Operators;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Runtime;

/// <summary>The outcome of one statement: result columns and a stream of pages, or an update count, plus how the session
/// changes. Pages are produced lazily as the caller reads them.</summary>
public sealed class QueryResult : IAsyncDisposable, IDisposable
{
    private readonly IOperator? _root;
    private readonly IReadOnlyList<Page>? _pages;
    private readonly Action? _onComplete;
    private readonly CancellationTokenSource? _cancellation;
    private int _nextPage;
    private bool _finished;

    internal QueryResult(
        string queryId, IReadOnlyList<QueryColumn> columns, IOperator? root, IReadOnlyList<Page>? pages, QueryContext? context, Action? onComplete,
        CancellationTokenSource? cancellation = null)
    {
        _cancellation = cancellation;
        QueryId = queryId;
        Columns = columns;
        _root = root;
        _pages = pages;
        Context = context;
        _onComplete = onComplete;
    }

    /// <summary>The query id.</summary>
    public string QueryId { get; }

    /// <summary>The result columns (empty for statements without output).</summary>
    public IReadOnlyList<QueryColumn> Columns { get; }

    /// <summary>For data-changing and DDL statements: what was done (<c>INSERT</c>, <c>CREATE TABLE</c>, …).</summary>
    public string? UpdateType { get; init; }

    /// <summary>Rows inserted, deleted or updated.</summary>
    public long? UpdateCount { get; set; }

    /// <summary>How the session changes for the next statements.</summary>
    public Session.SessionUpdate SessionUpdate { get; init; } = Session.SessionUpdate.None;

    /// <summary>Warnings for the client.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    internal QueryContext? Context { get; }

    /// <summary>The optimized plan as EXPLAIN prints it, for statements that run a plan; null otherwise. Computed on first
    /// use.</summary>
    public string? PlanText => _planText?.Value;

    /// <summary>Memory the query holds now, in bytes (0 for statements that keep no state while read).</summary>
    public long ReservedMemoryBytes => Context?.Memory.ReservedBytes ?? 0;

    /// <summary>Live progress of the query's table scans; null for statements that scan nothing (DDL, SET, …).</summary>
    public QueryProgress? Progress => Context?.Progress;

    /// <summary>The most memory the query has held, in bytes.</summary>
    public long PeakMemoryBytes => Context?.Memory.PeakBytes ?? 0;

    internal Lazy<string>? PlanTextSource { init => _planText = value; }

    private readonly Lazy<string>? _planText;

    /// <summary>Rows produced so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>The next page of results, or null at the end.</summary>
    public async ValueTask<Page?> NextPageAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return null;
        }
        Page? page;
        if (_pages is not null)
        {
            page = _nextPage < _pages.Count ? _pages[_nextPage++] : null;
        }
        else if (_root is not null)
        {
            // Operators always see the query's own token, so that work they started in the background (parallel
            // workers, a join's build) stops too; the caller's token cancels the whole query.
            CancellationToken token = _cancellation?.Token ?? cancellationToken;
            using CancellationTokenRegistration registration = _cancellation is null
                ? default
                : cancellationToken.UnsafeRegister(static state => CancelQuietly((CancellationTokenSource)state!), _cancellation);
            try
            {
                do
                {
                    page = await _root.NextAsync(token).ConfigureAwait(false);
                }
                while (page is { RowCount: 0 });
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e.CancellationToken != cancellationToken)
            {
                // Report the caller's own token, whichever internal token the operators noticed first.
                throw new OperationCanceledException("The query was canceled", e, cancellationToken);
            }
        }
        else
        {
            page = null;
        }
        if (page is null)
        {
            Finish();
            return null;
        }
        RowCount += page.RowCount;
        return page;
    }

    /// <summary>Reads every remaining row as boxed values (for tests and small results).</summary>
    public async Task<List<object?[]>> ReadAllRowsAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<object?[]>();
        while (await NextPageAsync(cancellationToken).ConfigureAwait(false) is { } page)
        {
            for (int r = 0; r < page.RowCount; r++)
            {
                var row = new object?[page.ColumnCount];
                for (int c = 0; c < row.Length; c++)
                {
                    row[c] = page[c].GetObject(r);
                }
                rows.Add(row);
            }
        }
        return rows;
    }

    private static void CancelQuietly(CancellationTokenSource cancellation)
    {
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The query already finished.
        }
    }

    private void Finish()
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        if (_cancellation is not null)
        {
            CancelQuietly(_cancellation);
        }
        _root?.Dispose();
        _onComplete?.Invoke();
    }

    /// <inheritdoc />
    public void Dispose() => Finish();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Finish();
        return ValueTask.CompletedTask;
    }
}
