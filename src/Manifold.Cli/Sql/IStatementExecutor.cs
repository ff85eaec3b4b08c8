namespace Manifold.Cli.Sql;

/// <summary>Runs the statements of one <c>manifold sql</c> run and carries the session (catalog, schema, session
/// properties, prepared statements) from each statement to the next.</summary>
/// <remarks>
/// <see cref="LocalStatementExecutor"/> runs the embedded engine (<c>--local</c>); <see cref="RemoteStatementExecutor"/>
/// speaks the client protocol to a server (<c>--server URL</c>). Statements run one at a time; implementations need
/// not be thread-safe.
/// </remarks>
internal interface IStatementExecutor : IAsyncDisposable
{
    /// <summary>The session's current catalog, if any.</summary>
    string? Catalog { get; }

    /// <summary>The session's current schema, if any (shown in the REPL prompt).</summary>
    string? Schema { get; }

    /// <summary>The progress of the statement being started, before <see cref="ExecuteAsync"/> returns its result (a
    /// server may take a while to send the first rows); null when unknown.</summary>
    StatementProgress? Progress => null;

    /// <summary>Starts one statement (no trailing ';'). Session changes it makes (USE, SET SESSION, PREPARE, …) apply to
    /// the statements after it.</summary>
    /// <exception cref="QueryFailedException">The statement failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IStatementResult> ExecuteAsync(string sql, CancellationToken cancellationToken);
}
