using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

public sealed class ParserTests
{
    [Fact]
    public void Crlf_line_ends_lose_their_carriage_return()
    {
        var records = SqlLogicParser.Parse("statement ok\r\nCREATE TABLE t1(x INTEGER)\r\n\r\nquery I nosort\r\nSELECT 1\r\n----\r\n1\r\n");

        Assert.Equal(2, records.Count);
        Assert.Equal("CREATE TABLE t1(x INTEGER)", Assert.IsType<StatementRecord>(records[0]).Sql);
        var query = Assert.IsType<QueryRecord>(records[1]);
        Assert.Equal("SELECT 1", query.Sql);
        Assert.Equal(["1"], query.ExpectedLines);
    }

    [Fact]
    public void Comments_are_dropped_anywhere_and_never_split_a_record()
    {
        const string script = """
            # leading comment
            query I rowsort
            SELECT a
            # between SQL lines
            FROM t1
            ----
            # between values
            1
            # a comment line does not end the record
            2
            """;

        var query = Assert.IsType<QueryRecord>(Assert.Single(SqlLogicParser.Parse(script)));
        Assert.Equal("SELECT a\nFROM t1", query.Sql);
        Assert.Equal(["1", "2"], query.ExpectedLines);
        Assert.Equal(2, query.Line);
    }

    [Fact]
    public void Whitespace_only_lines_separate_records()
    {
        var records = SqlLogicParser.Parse("statement ok\nCREATE TABLE t(x INTEGER)\n   \t\nstatement error\nDROP TABLE nope\n");

        Assert.Equal(2, records.Count);
        Assert.False(Assert.IsType<StatementRecord>(records[0]).ExpectsError);
        Assert.True(Assert.IsType<StatementRecord>(records[1]).ExpectsError);
        Assert.Equal(4, records[1].Line);
    }

    [Fact]
    public void Statement_sql_spans_lines_joined_with_newline()
    {
        var statement = Assert.IsType<StatementRecord>(Assert.Single(SqlLogicParser.Parse("statement ok\nINSERT INTO t1\nVALUES(1)\n")));

        Assert.Equal("INSERT INTO t1\nVALUES(1)", statement.Sql);
    }

    [Fact]
    public void Conditions_are_collected_and_the_record_line_is_the_first_condition()
    {
        const string script = "\n\nskipif mysql # not compatible\nonlyif SQLite\nquery II rowsort label-7 extra tokens\nSELECT 1, 2\n----\n1\n2\n";

        var query = Assert.IsType<QueryRecord>(Assert.Single(SqlLogicParser.Parse(script)));
        Assert.Equal(3, query.Line);
        Assert.Equal([new RecordCondition(false, "mysql"), new RecordCondition(true, "SQLite")], query.Conditions);
        Assert.Equal("II", query.ColumnTypes);
        Assert.Equal(SortMode.RowSort, query.Sort);
        Assert.Equal("label-7", query.Label);
    }

    [Theory]
    [InlineData("sqlite", false)]
    [InlineData("SQLITE", false)]
    [InlineData("mysql", true)]
    [InlineData("manifold", true)]
    public void Onlyif_skips_every_other_engine(string engine, bool skipped)
    {
        var record = Assert.Single(SqlLogicParser.Parse("onlyif sqlite\nstatement ok\nSELECT 1\n"));

        Assert.Equal(skipped, record.IsSkippedFor(engine));
    }

    [Theory]
    [InlineData("mysql", true)]
    [InlineData("MySQL", true)]
    [InlineData("manifold", false)]
    public void Skipif_skips_the_named_engine(string engine, bool skipped)
    {
        var record = Assert.Single(SqlLogicParser.Parse("skipif mysql\nstatement ok\nSELECT 1\n"));

        Assert.Equal(skipped, record.IsSkippedFor(engine));
    }

    [Theory]
    [InlineData("query T", SortMode.NoSort, null)]
    [InlineData("query T nosort", SortMode.NoSort, null)]
    [InlineData("query T valuesort", SortMode.ValueSort, null)]
    [InlineData("query T rowsort label-1", SortMode.RowSort, "label-1")]
    public void Query_header_gives_sort_mode_and_label(string header, SortMode sort, string? label)
    {
        var query = Assert.IsType<QueryRecord>(Assert.Single(SqlLogicParser.Parse(header + "\nSELECT 'a'\n----\na\n")));

        Assert.Equal(sort, query.Sort);
        Assert.Equal(label, query.Label);
    }

    [Fact]
    public void Query_without_separator_or_values_expects_no_values()
    {
        var records = SqlLogicParser.Parse("query I nosort\nSELECT 1 WHERE 0\n\nquery R nosort\nSELECT sum(x) FROM t1\n----\n");

        Assert.Equal("SELECT 1 WHERE 0", Assert.IsType<QueryRecord>(records[0]).Sql);
        Assert.Empty(Assert.IsType<QueryRecord>(records[0]).ExpectedLines);
        Assert.Empty(Assert.IsType<QueryRecord>(records[1]).ExpectedLines);
    }

    [Fact]
    public void Hash_threshold_and_halt_are_records()
    {
        var records = SqlLogicParser.Parse("hash-threshold 8\n\nskipif sqlite\nhalt\n");

        Assert.Equal(8, Assert.IsType<HashThresholdRecord>(records[0]).Threshold);
        var halt = Assert.IsType<HaltRecord>(records[1]);
        Assert.True(halt.IsSkippedFor("sqlite"));
        Assert.Equal(3, halt.Line);
    }

    [Theory]
    [InlineData("frobnicate\nSELECT 1", "unknown record kind 'frobnicate'")]
    [InlineData("query I sideways\nSELECT 1", "unknown sort mode 'sideways'")]
    [InlineData("query X\nSELECT 1", "unknown column type letter 'X'")]
    [InlineData("statement maybe\nSELECT 1", "statement must be 'statement ok' or 'statement error'")]
    [InlineData("hash-threshold many", "hash-threshold needs a non-negative integer")]
    public void Records_that_cannot_be_understood_are_malformed(string text, string message)
    {
        var malformed = Assert.IsType<MalformedRecord>(Assert.Single(SqlLogicParser.Parse(text)));

        Assert.Equal(message, malformed.Message);
    }

    [Fact]
    public void Conditions_with_nothing_after_them_are_ignored()
    {
        Assert.Empty(SqlLogicParser.Parse("skipif mysql\n# only a comment follows\n"));
    }
}
