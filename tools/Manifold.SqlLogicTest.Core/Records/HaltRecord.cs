namespace Manifold.SqlLogicTest;

/// <summary><c>halt</c>: unless skipped by a condition, stop processing the file here.</summary>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Conditions">The record's conditions.</param>
public sealed record HaltRecord(int Line, IReadOnlyList<RecordCondition> Conditions) : SqlLogicRecord(Line, Conditions);
