namespace Manifold.SqlLogicTest;

/// <summary>The outcome of running one file.</summary>
public sealed class FileResult
{
    internal FileResult(SqlLogicFile file, int passed, int failed, int skipped, IReadOnlyList<RecordFailure> failures,
        IReadOnlySet<int> passedLines, bool timedOut, TimeSpan elapsed)
    {
        File = file;
        Passed = passed;
        Failed = failed;
        Skipped = skipped;
        Failures = failures;
        PassedLines = passedLines;
        TimedOut = timedOut;
        Elapsed = elapsed;
    }

    /// <summary>The file.</summary>
    public SqlLogicFile File { get; }

    /// <summary>Records that passed.</summary>
    public int Passed { get; }

    /// <summary>Records that failed (a timeout, malformed record or engine error counts as one).</summary>
    public int Failed { get; }

    /// <summary>Records skipped by a condition (including skipped <c>halt</c> records, as the reference runner counts).</summary>
    public int Skipped { get; }

    /// <summary>Every failure, in file order.</summary>
    public IReadOnlyList<RecordFailure> Failures { get; }

    /// <summary>The first lines of the records that ran and passed.</summary>
    public IReadOnlySet<int> PassedLines { get; }

    /// <summary>True when the file hit its time limit.</summary>
    public bool TimedOut { get; }

    /// <summary>How long the file took.</summary>
    public TimeSpan Elapsed { get; }
}
