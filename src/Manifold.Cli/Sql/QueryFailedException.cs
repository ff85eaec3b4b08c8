namespace Manifold.Cli.Sql;

/// <summary>A statement failed; <see cref="Error"/> says how.</summary>
internal sealed class QueryFailedException(QueryError error, Exception? innerException = null)
    : Exception(error.Message, innerException)
{
    /// <summary>What failed.</summary>
    public QueryError Error { get; } = error;
}
