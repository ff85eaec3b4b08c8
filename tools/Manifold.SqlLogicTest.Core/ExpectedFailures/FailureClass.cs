namespace Manifold.SqlLogicTest;

/// <summary>Why a record is expected to fail: the places where a Trino-compatible engine legitimately differs from the
/// SQLite that produced the corpus. Written in the expected-failure file by the snake_case names below.</summary>
public enum FailureClass
{
    /// <summary><c>division_by_zero</c>: division or modulo by zero; SQLite returns NULL, Trino raises
    /// DIVISION_BY_ZERO.</summary>
    DivisionByZero,

    /// <summary><c>integer_overflow</c>: integer arithmetic or aggregation overflows; SQLite switches to floating point
    /// (or, for sum(), raises its own error), Trino raises NUMERIC_VALUE_OUT_OF_RANGE.</summary>
    IntegerOverflow,

    /// <summary><c>type_affinity</c>: SQLite's implicit conversions between text and numbers (comparing a VARCHAR
    /// column with a number, arithmetic on text...), which Trino rejects as a type mismatch or an invalid cast.</summary>
    TypeAffinity,

    /// <summary><c>null_ordering</c>: ORDER BY without NULLS FIRST/LAST in a <c>nosort</c> query; SQLite puts NULL first
    /// in ascending order, Trino last.</summary>
    NullOrdering,

    /// <summary><c>sqlite_only_statement</c>: statements only SQLite has (CREATE/DROP TRIGGER, REINDEX, REPLACE INTO,
    /// INSERT OR REPLACE, CREATE TEMP VIEW...) and records that depend on them.</summary>
    SqliteOnlyStatement,

    /// <summary><c>group_by_strictness</c>: a non-aggregated column missing from GROUP BY, which SQLite accepts and Trino
    /// rejects (the corpus marks these <c>skipif postgresql</c>).</summary>
    GroupByStrictness,

    /// <summary><c>other</c>: anything else; give the reason in the third column.</summary>
    Other,
}
