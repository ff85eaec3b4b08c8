namespace Manifold.Bench.Tpch;

/// <summary>What one TPC-H query measured.</summary>
/// <param name="Name"><c>q01</c>.</param>
/// <param name="RunsSeconds">Wall time of each timed run, in run order.</param>
/// <param name="Rows">Rows returned (by the last run).</param>
/// <param name="PeakMemoryBytes">Peak resident memory of the process while the query ran.</param>
/// <param name="AllocatedBytesPerRun">Managed bytes allocated per timed run (all threads).</param>
/// <param name="Collections">Garbage collections of generations 0, 1 and 2 during the timed runs.</param>
/// <param name="Error">The error message when the query failed; the other figures are then partial.</param>
/// <param name="Verification">With <c>--verify</c>: null when the result matched the answer, else the difference.</param>
/// <param name="Verified">True when <c>--verify</c> asked for a comparison.</param>
internal sealed record QueryMeasurement(
    string Name,
    IReadOnlyList<double> RunsSeconds,
    long Rows,
    long PeakMemoryBytes,
    long AllocatedBytesPerRun,
    (int Gen0, int Gen1, int Gen2) Collections,
    string? Error,
    string? Verification,
    bool Verified)
{
    /// <summary>The median of <see cref="RunsSeconds"/>, or NaN when there is none.</summary>
    public double MedianSeconds => Median(RunsSeconds);

    public bool Failed => Error is not null || (Verified && Verification is not null);

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
