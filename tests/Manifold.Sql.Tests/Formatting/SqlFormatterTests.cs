using Manifold.Sql.Formatting;
using Manifold.Sql.Parsing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Tests.Formatting;

public sealed class SqlFormatterTests
{
    private static Identifier Id(string name) => new(name, false);

    private static string FormatExpression(string sql) => SqlFormatter.Format(SqlParser.ParseExpression(sql));

    [Theory]
    [InlineData("a", false, "a")]
    [InlineData("date", false, "date")]
    [InlineData("Mixed_Case1", false, "Mixed_Case1")]
    [InlineData("select", false, "\"select\"")]
    [InlineData("current_date", false, "\"current_date\"")]
    [InlineData("a b", false, "\"a b\"")]
    [InlineData("1st", false, "\"1st\"")]
    [InlineData("x\"y", false, "\"x\"\"y\"")]
    [InlineData("é", false, "\"é\"")]
    [InlineData("a", true, "\"a\"")]
    [InlineData("Select", true, "\"Select\"")]
    public void Identifiers_are_quoted_only_when_needed(string name, bool delimited, string expected)
        => Assert.Equal(expected, SqlFormatter.FormatIdentifier(new Identifier(name, delimited)));

    [Fact]
    public void Strings_are_escaped()
    {
        Assert.Equal("'it''s'", SqlFormatter.FormatStringLiteral("it's"));
        Assert.Equal("'a\nb'", SqlFormatter.Format(new StringLiteral("a\nb")));
        Assert.Equal("''''''", SqlFormatter.Format(new StringLiteral("''")));
    }

    [Theory]
    [InlineData("(a + b) * c", "(a + b) * c")]
    [InlineData("a - (b - c)", "a - (b - c)")]
    [InlineData("(a - b) - c", "a - b - c")]
    [InlineData("a * (b / c) % d", "a * (b / c) % d")]
    [InlineData("- (- x)", "-(-x)")]
    [InlineData("-(a + b)", "-(a + b)")]
    [InlineData("a - -1", "a - -1")]
    [InlineData("NOT (a AND b)", "NOT (a AND b)")]
    [InlineData("(a OR b) AND c", "(a OR b) AND c")]
    [InlineData("a OR (b AND c)", "a OR b AND c")]
    [InlineData("a AND (b AND c)", "a AND (b AND c)")]
    [InlineData("NOT a BETWEEN 1 AND 2", "a NOT BETWEEN 1 AND 2")]
    [InlineData("NOT (a IS DISTINCT FROM b)", "a IS NOT DISTINCT FROM b")]
    [InlineData("(a = b) IS NULL", "(a = b) IS NULL")]
    [InlineData("a || b", "concat(a, b)")]
    [InlineData("(-x) AT TIME ZONE 'UTC'", "(-x) AT TIME ZONE 'UTC'")]
    [InlineData("-(x AT TIME ZONE 'UTC')", "-x AT TIME ZONE 'UTC'")]
    [InlineData("(a + b)[1]", "(a + b)[1]")]
    [InlineData("\"array\"[1]", "\"array\"[1]")]
    [InlineData("(1).x", "(1).x")]
    [InlineData("f(x -> x + 1, (a, b) -> a)", "f(x -> x + 1, (a, b) -> a)")]
    [InlineData("(x -> x) = y", "(x -> x) = y")]
    [InlineData("count(*)", "count(*)")]
    [InlineData("TRIM(LEADING 'x' FROM s)", "ltrim(s, 'x')")]
    [InlineData("trim(BOTH FROM a || b)", "TRIM(concat(a, b))")]
    [InlineData("NORMALIZE(s, NFD)", "NORMALIZE(s, NFD)")]
    [InlineData("POSITION(a IN b)", "strpos(b, a)")]
    [InlineData("CAST(x AS double precision)", "CAST(x AS double)")]
    [InlineData("x NOT IN (SELECT 1)", "x NOT IN (\n  SELECT\n    1\n)")]
    public void Parentheses_follow_precedence(string sql, string expected)
    {
        string formatted = FormatExpression(sql);
        Assert.Equal(expected, formatted);
        Assert.Equal(SqlParser.ParseExpression(sql), SqlParser.ParseExpression(formatted));
    }

    [Fact]
    public void Trees_the_parser_cannot_build_still_print_valid_sql()
    {
        var nested = new ComparisonExpression(ComparisonOperator.Equal, new ComparisonExpression(ComparisonOperator.Equal, Id("a"), Id("b")), Id("c"));
        Assert.Equal("(a = b) = c", SqlFormatter.Format(nested));
        var rightDeep = new ArithmeticBinaryExpression(ArithmeticOperator.Add, Id("a"), new ArithmeticBinaryExpression(ArithmeticOperator.Add, Id("b"), Id("c")));
        Assert.Equal("a + (b + c)", SqlFormatter.Format(rightDeep));
        Assert.Equal("\"select\"", SqlFormatter.Format(Id("select")));
        Assert.Equal("ROW(1)", SqlFormatter.Format(new RowConstructor(new Expression[] { new LongLiteral("1") }, false)));
    }

    [Fact]
    public void Queries_get_a_readable_multi_line_layout()
    {
        string sql = """
            with r as (select a, sum(b) s from t where c > 1 group by a) select distinct r.a, s as "Total", x.*
            from r join u x on r.a = x.a left join v using (a), w
            where s > (select avg(s) from r) and exists (select 1 from v where v.a = r.a)
            order by 2 desc nulls first limit 10
            """;
        string expected = """
            WITH r AS (
              SELECT
                a,
                sum(b) AS s
              FROM
                t
              WHERE c > 1
              GROUP BY a
            )
            SELECT DISTINCT
              r.a,
              s AS "Total",
              x.*
            FROM
              r
              JOIN u AS x ON r.a = x.a
              LEFT JOIN v USING (a),
              w
            WHERE s > (
              SELECT
                avg(s)
              FROM
                r
            ) AND EXISTS (
              SELECT
                1
              FROM
                v
              WHERE v.a = r.a
            )
            ORDER BY 2 DESC NULLS FIRST
            LIMIT 10
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), SqlFormatter.Format(SqlParser.ParseStatement(sql)));
    }

    [Fact]
    public void Statements_are_printed_in_canonical_form()
    {
        Assert.Equal("SHOW COLUMNS FROM a.b", SqlFormatter.Format(SqlParser.ParseStatement("describe a.b")));
        Assert.Equal("CREATE TABLE t (\n  a bigint NOT NULL PRIMARY KEY,\n  \"b c\" varchar(10) COMMENT 'x'\n) WITH (format = 'ORC')",
            SqlFormatter.Format(SqlParser.ParseStatement("create table t (a bigint primary key not null, \"b c\" varchar(10) comment 'x', primary key (a)) with (format = 'ORC')")));
        Assert.Equal("SELECT\n  *\nFROM\n  t\nOFFSET 2 ROWS\nLIMIT 5", SqlFormatter.Format(SqlParser.ParseStatement("select * from t limit 5 offset 2")));
        Assert.Equal("EXPLAIN ANALYZE (TYPE DISTRIBUTED, FORMAT JSON) SELECT\n  1", SqlFormatter.Format(SqlParser.ParseStatement("explain analyze (format json, type distributed) select 1")));
    }

    [Fact]
    public void Format_accepts_any_node()
    {
        Assert.Equal("a.b", SqlFormatter.Format(new QualifiedName(new[] { Id("a"), Id("b") })));
        Assert.Equal("x DESC NULLS LAST", SqlFormatter.Format(new SortItem(Id("x"), SortOrdering.Descending, NullOrdering.Last)));
        Assert.Equal("ROW(a bigint, array(varchar))", SqlFormatter.Format(SqlParser.ParseDataType("row(a bigint, array(varchar))")));
        Assert.Equal("t AS u (a)", SqlFormatter.Format(new AliasedRelation(new Table(new QualifiedName(new[] { Id("t") })), Id("u"), new[] { Id("a") })));
    }
}
