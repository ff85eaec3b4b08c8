using Manifold.Engine.Runtime;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Cli.Sql;

/// <summary>An embedded engine's <see cref="QueryResult"/> seen as an <see cref="IStatementResult"/>.</summary>
internal sealed class LocalStatementResult(QueryResult result) : IStatementResult
{
    private readonly PageBatch _batch = new();

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
            return null;
        }
        _batch.Page = page;
        return _batch;
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
