namespace Manifold.Cli.Sql;

/// <summary>A failed statement, as the client protocol reports it.</summary>
/// <param name="QueryId">The query id.</param>
/// <param name="Message">The message, starting with <c>line L:C: </c> when a position is known.</param>
/// <param name="ErrorName">The error name, e.g. <c>COLUMN_NOT_FOUND</c>.</param>
/// <param name="ErrorType">The error type, e.g. <c>USER_ERROR</c>.</param>
/// <param name="Line">The 1-based line in the statement text, if known.</param>
/// <param name="Column">The 1-based column in the statement text, if known.</param>
internal sealed record QueryError(string QueryId, string Message, string ErrorName, string ErrorType, int? Line = null, int? Column = null);
