using System.Diagnostics;
using Manifold.Engine.Runtime;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Cli.Sql;

/// <summary>An embedded engine's <see cref="QueryResult"/> seen as an <see cref="IStatementResult"/>.</summary>
/// <param name="result">The running statement.</param>
/// <param name="started">When it was sent (a <see cref="Stopwatch"/> timestamp).</param>
internal sealed class LocalStatementResult(QueryResult result, long started) : IStatementResult
{
    private readonly PageBatch _batch = new();
    private volatile bool _finished;

    public string QueryId => result.QueryId;

    public IReadOnlyList<ResultColumn> Columns { get; } = ToColumns(result.Columns);

    public string? UpdateType => result.UpdateType;

    public long? UpdateCount => result.UpdateCount;

    public IReadOnlyList<string> Warnings => result.Warnings;

    public async ValueTask<IResultBatch?> NextBatchAsync(CancellationToken cancellationToken)
    {
        Page? page;
        try
        {
            page = await result.NextPageAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw LocalStatementExecutor.Failed(result.QueryId, e);
        }
        if (page is null)
        {
            _finished = true;
            return null;
        }
        _batch.Page = page;
        return _batch;
    }

    public StatementProgress Progress
    {
        get
        {
            var progress = result.Progress;
            return new StatementProgress(_finished ? "FINISHED" : "RUNNING", progress?.TotalSplits ?? 0, progress?.CompletedSplits ?? 0,
                progress?.InputRows ?? 0, progress?.InputBytes ?? 0, Stopwatch.GetElapsedTime(started));
        }
    }

    public ValueTask DisposeAsync() => result.DisposeAsync();

    private static ResultColumn[] ToColumns(IReadOnlyList<QueryColumn> columns)
    {
        var converted = new ResultColumn[columns.Count];
        for (int i = 0; i < converted.Length; i++)
        {
            SqlType type = columns[i].Type;
            converted[i] = new ResultColumn(columns[i].Name, type.Name, type.IsNumeric, type.Kind == TypeKind.Varbinary);
        }
        return converted;
    }
}
