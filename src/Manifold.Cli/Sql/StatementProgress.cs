namespace Manifold.Cli.Sql;

/// <summary>How far a running statement has got: what the live progress line shows.</summary>
/// <param name="State">The query state (QUEUED, RUNNING, …).</param>
/// <param name="TotalSplits">Splits known so far (0 before the scans start).</param>
/// <param name="CompletedSplits">Splits read to the end.</param>
/// <param name="ProcessedRows">Rows read by the scans.</param>
/// <param name="ProcessedBytes">Bytes read by the scans.</param>
/// <param name="Elapsed">Time since the statement was sent.</param>
internal sealed record StatementProgress(
    string State, long TotalSplits, long CompletedSplits, long ProcessedRows, long ProcessedBytes, TimeSpan Elapsed)
{
    /// <summary>Completed splits as a percentage of all, or null before any split is known.</summary>
    public double? Percentage => TotalSplits > 0 ? Math.Min(100, CompletedSplits * 100.0 / TotalSplits) : null;
}
