using Manifold.Sql.Lexing;
using Manifold.Sql.Parsing;

namespace Manifold.Sql.Tests.Lexing;

public sealed class SqlStatementSplitterTests
{
    [Fact]
    public void Splits_on_semicolons_outside_strings_identifiers_and_comments()
    {
        string script = "SELECT ';' AS \"a;b\"; -- not; here\nSELECT 2 /* ; */ ;\n\n  ; \r\n  INSERT INTO t VALUES (1);SELECT 3";
        IReadOnlyList<SqlStatementText> statements = SqlStatementSplitter.Split(script);
        Assert.Equal(
            [
                ("SELECT ';' AS \"a;b\"", 1, 1),
                ("SELECT 2 /* ; */", 2, 1),
                ("INSERT INTO t VALUES (1)", 5, 3),
                ("SELECT 3", 5, 28),
            ],
            statements.Select(s => (s.Text, s.Line, s.Column)));
        Assert.Equal(script.IndexOf("INSERT", StringComparison.Ordinal), statements[2].Offset);
    }

    [Fact]
    public void Blank_and_comment_only_pieces_are_dropped()
    {
        Assert.Empty(SqlStatementSplitter.Split(""));
        Assert.Empty(SqlStatementSplitter.Split(" ;; -- x\n /* y */ ;"));
    }

    [Fact]
    public void Unterminated_strings_run_to_the_end_and_fail_when_parsed_with_script_positions()
    {
        IReadOnlyList<SqlStatementText> statements = SqlStatementSplitter.Split("SELECT 1;\nSELECT 'a;\nb");
        Assert.Equal(2, statements.Count);
        Assert.Equal("SELECT 'a;\nb", statements[1].Text);
        SqlParseException error = Assert.Throws<SqlParseException>(() => SqlParser.ParseStatement(statements[1]));
        Assert.Equal("line 2:8: unterminated string literal", error.PositionedMessage);
    }

    [Fact]
    public void Parse_script_keeps_each_statement_position()
    {
        IReadOnlyList<ParsedStatement> parsed = SqlParser.ParseScript("USE s;\n  SELECT a\n  FROM t;\nCOMMIT");
        Assert.Equal(3, parsed.Count);
        Assert.Equal((2, 3), (parsed[1].Line, parsed[1].Column));
        Assert.Equal((2, 3), (parsed[1].Statement.Location.Line, parsed[1].Statement.Location.Column));
        var query = (Manifold.Sql.Tree.Query)parsed[1].Statement;
        var from = (Manifold.Sql.Tree.QuerySpecification)query.Body;
        Assert.Equal((3, 8), (from.From!.Location.Line, from.From.Location.Column));
    }
}
