namespace Manifold.SqlLogicTest;

/// <summary>One line of an expected-failure file: <c>&lt;file&gt;:&lt;line&gt;\t&lt;class&gt;\t&lt;reason&gt;</c>.</summary>
/// <param name="File">The script's path as written (matched by <see cref="SqlLogicFile.IsNamedBy"/>).</param>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="Class">Why it is expected to fail.</param>
/// <param name="Reason">A short free-text reason (may be empty).</param>
public sealed record ExpectedFailure(string File, int Line, FailureClass Class, string Reason)
{
    /// <summary>The entry as a line of the file.</summary>
    public override string ToString()
        => $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}\t{FailureClassNames.ToName(Class)}\t{Reason}";
}
