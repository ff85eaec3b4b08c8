namespace Manifold.SqlLogicTest;

/// <summary><c>query error [ERROR_NAME]</c>: a query that must fail, while it is planned or while its rows are read.</summary>
/// <remarks>Unlike <c>statement error</c>, the SQL goes through <see cref="ISqlLogicEngine.ExecuteQuery"/>, as a query
/// record's would.</remarks>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Conditions">The record's conditions.</param>
/// <param name="Sql">The query, its lines joined with <c>\n</c>.</param>
/// <param name="ErrorName">The error name the failure must carry (see <see cref="SqlLogicEngineException.ErrorName"/>);
/// null when any error will do.</param>
public sealed record QueryErrorRecord(int Line, IReadOnlyList<RecordCondition> Conditions, string Sql, string? ErrorName)
    : SqlLogicRecord(Line, Conditions);
