namespace Manifold.SqlLogicTest;

/// <summary>Guesses the <see cref="FailureClass"/> of a failure from its error message and SQL, for writing a fresh
/// expected-failure list. The guess is only a starting point: review it.</summary>
/// <remarks>
/// In order: statements only SQLite has (by their first words) are <see cref="FailureClass.SqliteOnlyStatement"/>;
/// messages naming DIVISION_BY_ZERO / "division by zero" are <see cref="FailureClass.DivisionByZero"/>,
/// NUMERIC_VALUE_OUT_OF_RANGE / "overflow" <see cref="FailureClass.IntegerOverflow"/>, EXPRESSION_NOT_AGGREGATE /
/// "must be an aggregate expression or appear in GROUP BY" <see cref="FailureClass.GroupByStrictness"/>, TYPE_MISMATCH / "cannot be applied" / invalid casts
/// <see cref="FailureClass.TypeAffinity"/>; a wrong result of a <c>nosort</c> query with ORDER BY whose values include
/// NULL and are the expected ones in another order (or, when hashed, as many) is
/// <see cref="FailureClass.NullOrdering"/>; everything else is <see cref="FailureClass.Other"/>.
/// </remarks>
public static class FailureClassifier
{
    private static readonly string[] s_sqliteOnlyPrefixes =
    [
        "CREATE TRIGGER", "CREATE TEMP TRIGGER", "CREATE TEMPORARY TRIGGER", "DROP TRIGGER", "REINDEX", "REPLACE INTO",
        "INSERT OR REPLACE", "INSERT OR IGNORE", "INSERT OR ABORT", "INSERT OR FAIL", "INSERT OR ROLLBACK",
        "UPDATE OR REPLACE", "UPDATE OR IGNORE", "CREATE TEMP VIEW", "CREATE TEMPORARY VIEW", "CREATE TEMP TABLE",
        "CREATE TEMPORARY TABLE", "PRAGMA", "VACUUM", "ANALYZE", "ATTACH", "DETACH",
    ];

    private static readonly string[] s_divisionByZero = ["DIVISION_BY_ZERO", "division by zero", "divide by zero"];
    private static readonly string[] s_overflow = ["NUMERIC_VALUE_OUT_OF_RANGE", "overflow", "is out of range"];
    private static readonly string[] s_groupBy =
    [
        "EXPRESSION_NOT_AGGREGATE", "must be an aggregate expression or appear in GROUP BY",
        "must appear in the GROUP BY clause",
    ];
    private static readonly string[] s_typeAffinity =
    [
        "TYPE_MISMATCH", "cannot be applied to", "Cannot apply operator", "INVALID_CAST_ARGUMENT", "Cannot cast",
        "cannot be cast",
    ];

    /// <summary>The likely class of <paramref name="failure"/>.</summary>
    public static FailureClass Classify(RecordFailure failure)
    {
        if (failure.Kind is FailureKind.StatementFailed or FailureKind.QueryFailed && IsSqliteOnly(failure.Sql))
        {
            return FailureClass.SqliteOnlyStatement;
        }
        string message = failure.Message;
        if (ContainsAny(message, s_divisionByZero))
        {
            return FailureClass.DivisionByZero;
        }
        if (ContainsAny(message, s_overflow))
        {
            return FailureClass.IntegerOverflow;
        }
        if (ContainsAny(message, s_groupBy))
        {
            return FailureClass.GroupByStrictness;
        }
        if (ContainsAny(message, s_typeAffinity))
        {
            return FailureClass.TypeAffinity;
        }
        if (failure.Kind == FailureKind.WrongResult && LooksLikeNullOrdering(failure))
        {
            return FailureClass.NullOrdering;
        }
        return FailureClass.Other;
    }

    /// <summary>True when <paramref name="sql"/> starts with a statement only SQLite has.</summary>
    public static bool IsSqliteOnly(string sql)
    {
        string normalized = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (string prefix in s_sqliteOnlyPrefixes)
        {
            if (normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (normalized.Length == prefix.Length || !char.IsAsciiLetterOrDigit(normalized[prefix.Length])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool LooksLikeNullOrdering(RecordFailure failure)
    {
        if (failure.Sort != SortMode.NoSort || failure.ActualValues is null || failure.Expected is null
            || !failure.Sql.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase)
            || !failure.ActualValues.Contains(ValueRenderer.Null))
        {
            return false;
        }
        string[] expected = failure.Expected.Length == 0 ? [] : failure.Expected.Split('\n');
        if (expected.Length == 1 && ResultFormatter.TryParseHashLine(expected[0], out int expectedCount, out _))
        {
            return expectedCount == failure.ActualValues.Count;
        }
        if (expected.Length != failure.ActualValues.Count)
        {
            return false;
        }
        string[] sortedExpected = (string[])expected.Clone();
        string[] sortedActual = [.. failure.ActualValues];
        Array.Sort(sortedExpected, string.CompareOrdinal);
        Array.Sort(sortedActual, string.CompareOrdinal);
        return sortedExpected.AsSpan().SequenceEqual(sortedActual);
    }

    private static bool ContainsAny(string text, string[] needles)
    {
        foreach (string needle in needles)
        {
            if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
