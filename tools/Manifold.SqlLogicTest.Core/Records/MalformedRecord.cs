namespace Manifold.SqlLogicTest;

/// <summary>A record the parser could not understand (unknown first word, bad sort mode, missing type letters...).
/// The runner reports it as a failure and stops the file there, as the original harness does.</summary>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Conditions">The record's conditions.</param>
/// <param name="Text">The record's first line (after its conditions).</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record MalformedRecord(int Line, IReadOnlyList<RecordCondition> Conditions, string Text, string Message)
    : SqlLogicRecord(Line, Conditions);
