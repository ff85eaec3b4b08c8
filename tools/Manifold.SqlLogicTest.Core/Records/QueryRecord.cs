namespace Manifold.SqlLogicTest;

/// <summary><c>query TYPES [SORT [LABEL]]</c>: a query, the type letter of each result column and the expected output.</summary>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Conditions">The record's conditions.</param>
/// <param name="ColumnTypes">One letter per result column: <c>T</c>, <c>I</c> or <c>R</c>.</param>
/// <param name="Sort">The sort mode (<see cref="SortMode.NoSort"/> when not given).</param>
/// <param name="Label">The label tying this record's result to others, or null.</param>
/// <param name="Sql">The query: the lines up to <c>----</c>, joined with <c>\n</c>.</param>
/// <param name="ExpectedLines">The lines after <c>----</c>: one value per line, or a single
/// <c>N values hashing to H</c> line. Empty when there is no <c>----</c> or nothing after it.</param>
public sealed record QueryRecord(
    int Line,
    IReadOnlyList<RecordCondition> Conditions,
    string ColumnTypes,
    SortMode Sort,
    string? Label,
    string Sql,
    IReadOnlyList<string> ExpectedLines) : SqlLogicRecord(Line, Conditions);
