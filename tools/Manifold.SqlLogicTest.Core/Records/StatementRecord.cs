namespace Manifold.SqlLogicTest;

/// <summary><c>statement ok</c> or <c>statement error [ERROR_NAME]</c>: one SQL statement that must succeed, or fail.</summary>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Conditions">The record's conditions.</param>
/// <param name="ExpectsError">True for <c>statement error</c>.</param>
/// <param name="Sql">The statement, its lines joined with <c>\n</c>, as written (a few corpus statements end in <c>;</c>).</param>
/// <param name="ErrorName">For <c>statement error NAME</c>: the error name the failure must carry (see
/// <see cref="SqlLogicEngineException.ErrorName"/>); null when any error will do, as in the shared corpus.</param>
public sealed record StatementRecord(int Line, IReadOnlyList<RecordCondition> Conditions, bool ExpectsError, string Sql, string? ErrorName = null)
    : SqlLogicRecord(Line, Conditions);
