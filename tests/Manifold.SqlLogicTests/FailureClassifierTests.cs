using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

public sealed class FailureClassifierTests
{
    [Theory]
    [InlineData("DIVISION_BY_ZERO: Division by zero", FailureClass.DivisionByZero)]
    [InlineData("line 1:8: division by zero", FailureClass.DivisionByZero)]
    [InlineData("NUMERIC_VALUE_OUT_OF_RANGE: bigint addition overflow: 9223372036854775807 + 1", FailureClass.IntegerOverflow)]
    [InlineData("SQLite Error 1: 'integer overflow'.", FailureClass.IntegerOverflow)]
    [InlineData("line 1:8: 'a' must be an aggregate expression or appear in GROUP BY clause", FailureClass.GroupByStrictness)]
    [InlineData("line 1:30: Cannot apply operator: varchar(8) < integer", FailureClass.TypeAffinity)]
    [InlineData("TYPE_MISMATCH: line 1:1: '+' cannot be applied to varchar, integer", FailureClass.TypeAffinity)]
    [InlineData("line 1:1: Table 'memory.default.t9' does not exist", FailureClass.Other)]
    public void Error_messages_map_to_classes(string message, FailureClass expected)
    {
        var failure = new RecordFailure("a.test", 1, FailureKind.QueryFailed, "SELECT x FROM t", "1", null, message);

        Assert.Equal(expected, FailureClassifier.Classify(failure));
    }

    [Theory]
    [InlineData("CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END")]
    [InlineData("  create   temp view v AS SELECT 1")]
    [InlineData("REINDEX t1i1")]
    [InlineData("REPLACE INTO t1 VALUES(1)")]
    [InlineData("INSERT OR REPLACE INTO t1 VALUES(1)")]
    [InlineData("DROP TRIGGER t1r1")]
    public void Statements_only_sqlite_has_are_sqlite_only(string sql)
    {
        var failure = new RecordFailure("a.test", 1, FailureKind.StatementFailed, sql, "ok", null, "line 1:1: mismatched input");

        Assert.Equal(FailureClass.SqliteOnlyStatement, FailureClassifier.Classify(failure));
    }

    [Fact]
    public void Replacement_is_not_mistaken_for_replace_into()
    {
        Assert.False(FailureClassifier.IsSqliteOnly("REPLACEMENT INTO t VALUES(1)"));
        Assert.False(FailureClassifier.IsSqliteOnly("SELECT 1"));
    }

    [Fact]
    public void A_reordered_nosort_result_with_nulls_is_null_ordering()
    {
        const string sql = "SELECT a FROM t ORDER BY a";
        var listed = new RecordFailure("a.test", 1, FailureKind.WrongResult, sql, "NULL\n1\n2", "1\n2\nNULL", "differs",
            SortMode.NoSort, ["1", "2", "NULL"]);
        var hashed = new RecordFailure("a.test", 1, FailureKind.WrongResult, sql, "9 values hashing to x", "9 values hashing to y",
            "differs", SortMode.NoSort, ["1", "2", "3", "4", "5", "6", "7", "8", "NULL"]);
        var otherValues = listed with { ActualValues = ["1", "3", "NULL"], Actual = "1\n3\nNULL" };
        var noNulls = listed with { Expected = "2\n1", ActualValues = ["1", "2"], Actual = "1\n2" };
        var rowsorted = listed with { Sort = SortMode.RowSort };

        Assert.Equal(FailureClass.NullOrdering, FailureClassifier.Classify(listed));
        Assert.Equal(FailureClass.NullOrdering, FailureClassifier.Classify(hashed));
        Assert.Equal(FailureClass.Other, FailureClassifier.Classify(otherValues));
        Assert.Equal(FailureClass.Other, FailureClassifier.Classify(noNulls));
        Assert.Equal(FailureClass.Other, FailureClassifier.Classify(rowsorted));
    }
}
