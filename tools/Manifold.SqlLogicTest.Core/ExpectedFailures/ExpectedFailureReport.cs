namespace Manifold.SqlLogicTest;

/// <summary>A run's failures measured against an expected-failure list.</summary>
/// <param name="UnexpectedFailures">Failures the list does not name.</param>
/// <param name="UnexpectedPasses">Listed records that ran and passed (records that were skipped or not reached, and
/// files not run, count as neither).</param>
/// <param name="ExpectedFailures">Failures the list names.</param>
public sealed record ExpectedFailureReport(
    IReadOnlyList<RecordFailure> UnexpectedFailures,
    IReadOnlyList<ExpectedFailure> UnexpectedPasses,
    IReadOnlyList<RecordFailure> ExpectedFailures);
