using System.Globalization;
using System.Text.RegularExpressions;

namespace Manifold.Bench.Tpch;

/// <summary>Compares a query's result with an answer file's rows by the rules of the shared corpus
/// (tpch/README.md, "How to compare"; the same as <c>tpch/compare.py</c>).</summary>
/// <remarks>
/// <list type="number">
/// <item>Same number of rows and, in every row, the same number of columns; columns by position.</item>
/// <item>Rows in order (every multi-row TPC-H query orders its result totally), or as a multiset with
/// <see cref="Unordered"/>.</item>
/// <item>An expected integer (a number without point or exponent) needs a numerically equal actual value
/// (<c>380456</c> = <c>380456.00</c> = <c>3.80456E5</c>).</item>
/// <item>Another expected number needs |actual − expected| ≤ max(<see cref="AbsoluteTolerance"/>,
/// <see cref="RelativeTolerance"/> × |expected|).</item>
/// <item>Text and dates: byte-exact.</item>
/// <item>An empty expected field is NULL and matches only NULL (or an empty string, which the file cannot tell
/// apart).</item>
/// </list>
/// </remarks>
public sealed partial class ResultComparer
{
    /// <summary>The corpus rules with their default tolerances.</summary>
    public static ResultComparer Default { get; } = new();

    /// <summary>Absolute tolerance for non-integer numbers (default 0.01).</summary>
    public decimal AbsoluteTolerance { get; init; } = 0.01m;

    /// <summary>Relative tolerance for non-integer numbers (default 1e-9).</summary>
    public decimal RelativeTolerance { get; init; } = 1e-9m;

    /// <summary>Compare rows as a multiset instead of in order.</summary>
    public bool Unordered { get; init; }

    /// <summary>Null when <paramref name="actual"/> matches <paramref name="expected"/>, else a description of the first
    /// difference (<c>row 3 column 2: expected '1.5', got '1.7'</c>).</summary>
    /// <param name="expected">The answer rows (no header).</param>
    /// <param name="actual">The result rows; a null cell is SQL NULL.</param>
    public string? Compare(IReadOnlyList<string[]> expected, IReadOnlyList<string?[]> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"row count: expected {expected.Count}, got {actual.Count}";
        }
        if (Unordered)
        {
            var remaining = new List<string?[]>(actual);
            for (int i = 0; i < expected.Count; i++)
            {
                int match = remaining.FindIndex(row => RowMatches(expected[i], row));
                if (match < 0)
                {
                    return $"expected row {i + 1} not found: {string.Join('|', expected[i])}";
                }
                remaining.RemoveAt(match);
            }
            return null;
        }
        for (int i = 0; i < expected.Count; i++)
        {
            string[] expectedRow = expected[i];
            string?[] actualRow = actual[i];
            if (expectedRow.Length != actualRow.Length)
            {
                return $"row {i + 1}: expected {expectedRow.Length} columns, got {actualRow.Length}";
            }
            for (int c = 0; c < expectedRow.Length; c++)
            {
                if (!CellMatches(expectedRow[c], actualRow[c]))
                {
                    return $"row {i + 1} column {c + 1}: expected {Show(expectedRow[c])}, got {Show(actualRow[c])}";
                }
            }
        }
        return null;
    }

    /// <summary>True when every cell of the two rows matches.</summary>
    public bool RowMatches(string[] expected, string?[] actual)
    {
        if (expected.Length != actual.Length)
        {
            return false;
        }
        for (int c = 0; c < expected.Length; c++)
        {
            if (!CellMatches(expected[c], actual[c]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when an actual cell (null = SQL NULL) matches an expected field of an answer file.</summary>
    public bool CellMatches(string expected, string? actual)
    {
        if (expected.Length == 0)
        {
            return string.IsNullOrEmpty(actual);
        }
        if (actual is null)
        {
            return false;
        }
        if (!IsNumber(expected))
        {
            return string.Equals(expected, actual, StringComparison.Ordinal);
        }
        if (!IsNumber(actual))
        {
            return false;
        }
        bool integer = expected.IndexOfAny(['.', 'e', 'E']) < 0;
        if (TryParseDecimal(expected, out decimal e) && TryParseDecimal(actual, out decimal a))
        {
            if (integer)
            {
                return a == e;
            }
            decimal tolerance = Math.Max(AbsoluteTolerance, RelativeTolerance * Math.Abs(e));
            return Math.Abs(a - e) <= tolerance;
        }
        // Outside decimal's range: compare as doubles.
        double ed = double.Parse(expected.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
        double ad = double.Parse(actual.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (integer)
        {
            return ad == ed;
        }
        double toleranceD = Math.Max((double)AbsoluteTolerance, (double)RelativeTolerance * Math.Abs(ed));
        return Math.Abs(ad - ed) <= toleranceD;
    }

    private static bool IsNumber(string text) => NumberPattern().IsMatch(text.Trim());

    private static bool TryParseDecimal(string text, out decimal value)
        => decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string Show(string? cell) => cell is null ? "NULL" : "'" + cell + "'";

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
