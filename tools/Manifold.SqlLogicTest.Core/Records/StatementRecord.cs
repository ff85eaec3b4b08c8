namespace Manifold.SqlLogicTest;

/// <summary><c>statement ok</c> or <c>statement error</c>: one SQL statement that must succeed, or fail.</summary>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Conditions">The record's conditions.</param>
/// <param name="ExpectsError">True for <c>statement error</c>.</param>
/// <param name="Sql">The statement, its lines joined with <c>\n</c>, as written (a few corpus statements end in <c>;</c>).</param>
public sealed record StatementRecord(int Line, IReadOnlyList<RecordCondition> Conditions, bool ExpectsError, string Sql)
    : SqlLogicRecord(Line, Conditions);
