namespace Manifold.SqlLogicTest;

/// <summary>One failed record.</summary>
/// <param name="File">The file's display path (see <see cref="SqlLogicFile.RelativePath"/>).</param>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Kind">Why it failed.</param>
/// <param name="Sql">The record's SQL (empty for file-level failures).</param>
/// <param name="Expected">What was expected, one value per line (or the hash line); null when not applicable.</param>
/// <param name="Actual">What the engine produced, in the same form; null when it raised an error.</param>
/// <param name="Message">One-line explanation: the engine's error message, or what differs.</param>
/// <param name="Sort">The query's sort mode (<see cref="SortMode.NoSort"/> for statements).</param>
/// <param name="ActualValues">The query's rendered and sorted values, before any hashing; null when it produced none
/// (statements, errors).</param>
public sealed record RecordFailure(
    string File,
    int Line,
    FailureKind Kind,
    string Sql,
    string? Expected,
    string? Actual,
    string Message,
    SortMode Sort = SortMode.NoSort,
    IReadOnlyList<string>? ActualValues = null)
{
    /// <summary>The <c>file:line</c> key the expected-failure list uses.</summary>
    public string Location => File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
