namespace Manifold.SqlLogicTest;

/// <summary><c>hash-threshold N</c>: from here on, results with more than N values are compared as a hash (0: never).</summary>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Conditions">The record's conditions (ignored, as by the reference runner).</param>
/// <param name="Threshold">The new threshold.</param>
public sealed record HashThresholdRecord(int Line, IReadOnlyList<RecordCondition> Conditions, int Threshold)
    : SqlLogicRecord(Line, Conditions);
