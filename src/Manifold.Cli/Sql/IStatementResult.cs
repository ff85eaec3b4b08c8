namespace Manifold.Cli.Sql;

/// <summary>One running statement: its columns, update information and a stream of row batches.</summary>
internal interface IStatementResult : IAsyncDisposable
{
    /// <summary>The query id.</summary>
    string QueryId { get; }

    /// <summary>The result columns; empty for statements without rows.</summary>
    IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>For DDL, DML and session statements, what was done (<c>INSERT</c>, <c>CREATE TABLE</c>, <c>USE</c>).</summary>
    string? UpdateType { get; }

    /// <summary>Rows inserted, deleted or updated, when the statement counts them.</summary>
    long? UpdateCount { get; }

    /// <summary>Warnings to show the user.</summary>
    IReadOnlyList<string> Warnings { get; }

    /// <summary>How far the statement has got, for the live progress line.</summary>
    StatementProgress Progress { get; }

    /// <summary>The next batch of rows, or null at the end. A batch is valid until the next call.</summary>
    /// <exception cref="QueryFailedException">The statement failed while producing rows.</exception>
    ValueTask<IResultBatch?> NextBatchAsync(CancellationToken cancellationToken);
}
