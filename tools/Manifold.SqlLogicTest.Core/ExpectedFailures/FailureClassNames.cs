namespace Manifold.SqlLogicTest;

/// <summary>The snake_case names of <see cref="FailureClass"/> used in expected-failure files.</summary>
public static class FailureClassNames
{
    /// <summary>The file name of <paramref name="failureClass"/>, e.g. <c>division_by_zero</c>.</summary>
    public static string ToName(FailureClass failureClass) => failureClass switch
    {
        FailureClass.DivisionByZero => "division_by_zero",
        FailureClass.IntegerOverflow => "integer_overflow",
        FailureClass.TypeAffinity => "type_affinity",
        FailureClass.NullOrdering => "null_ordering",
        FailureClass.SqliteOnlyStatement => "sqlite_only_statement",
        FailureClass.GroupByStrictness => "group_by_strictness",
        FailureClass.Other => "other",
    };

    /// <summary>Reads a class name (exact, lowercase).</summary>
    public static bool TryParse(string name, out FailureClass failureClass)
    {
        foreach (FailureClass candidate in Enum.GetValues<FailureClass>())
        {
            if (string.Equals(ToName(candidate), name, StringComparison.Ordinal))
            {
                failureClass = candidate;
                return true;
            }
        }
        failureClass = FailureClass.Other;
        return false;
    }
}
