using Manifold.Sql.Lexing;

namespace Manifold.Sql.Tests.Lexing;

public sealed class LexerTests
{
    private static List<Token> Tokens(string sql) => Lexer.Tokenize(sql);

    private static string Describe(string sql)
        => string.Join(" ", Tokens(sql).Select(t => $"{t.Kind}:{t.Value}@{t.Line}:{t.Column}"));

    [Theory]
    [InlineData("1", TokenKind.Integer, "1")]
    [InlineData("1.5", TokenKind.Decimal, "1.5")]
    [InlineData(".5", TokenKind.Decimal, ".5")]
    [InlineData("1.", TokenKind.Decimal, "1.")]
    [InlineData("1e10", TokenKind.Double, "1e10")]
    [InlineData("1.5E-3", TokenKind.Double, "1.5E-3")]
    [InlineData(".5e+2", TokenKind.Double, ".5e+2")]
    [InlineData("2.E1", TokenKind.Double, "2.E1")]
    [InlineData("'it''s'", TokenKind.String, "it's")]
    [InlineData("''", TokenKind.String, "")]
    [InlineData("'a\nb'", TokenKind.String, "a\nb")]
    [InlineData("U&'\\0041'", TokenKind.UnicodeString, "\\0041")]
    [InlineData("x'0a Ff'", TokenKind.Binary, "0AFF")]
    [InlineData("X''", TokenKind.Binary, "")]
    [InlineData("\"a \"\"b\"\"\"", TokenKind.QuotedIdentifier, "a \"b\"")]
    [InlineData("abc_1@x:y", TokenKind.Identifier, "abc_1@x:y")]
    [InlineData("_x", TokenKind.Identifier, "_x")]
    public void Literals_and_identifiers_are_single_tokens(string sql, TokenKind kind, string value)
    {
        List<Token> tokens = Tokens(sql);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(kind, tokens[0].Kind);
        Assert.Equal(value, tokens[0].Value);
        Assert.Equal(sql.Length, tokens[0].Length);
        Assert.Equal(TokenKind.EndOfInput, tokens[1].Kind);
    }

    [Fact]
    public void Operators_are_recognized_longest_first()
    {
        string sql = "= <> != < <= > >= + - * / % || -> => . , ( ) [ ] ? ;";
        TokenKind[] expected =
        [
            TokenKind.Equal, TokenKind.NotEqual, TokenKind.NotEqual, TokenKind.LessThan, TokenKind.LessThanOrEqual,
            TokenKind.GreaterThan, TokenKind.GreaterThanOrEqual, TokenKind.Plus, TokenKind.Minus, TokenKind.Asterisk,
            TokenKind.Slash, TokenKind.Percent, TokenKind.Concat, TokenKind.Arrow, TokenKind.DoubleArrow, TokenKind.Dot,
            TokenKind.Comma, TokenKind.LeftParen, TokenKind.RightParen, TokenKind.LeftBracket, TokenKind.RightBracket,
            TokenKind.QuestionMark, TokenKind.Semicolon, TokenKind.EndOfInput,
        ];
        Assert.Equal(expected, Tokens(sql).Select(t => t.Kind));
        Assert.Equal([TokenKind.LessThanOrEqual, TokenKind.GreaterThan, TokenKind.EndOfInput], Tokens("<=>").Select(t => t.Kind));
    }

    [Fact]
    public void Keywords_are_case_insensitive_and_keep_their_spelling()
    {
        List<Token> tokens = Tokens("select SeLeCt current_date Date foo");
        Assert.Equal([Keyword.Select, Keyword.Select, Keyword.CurrentDate, Keyword.None, Keyword.None, Keyword.None], tokens.Select(t => t.Keyword));
        Assert.Equal("SeLeCt", tokens[1].Value);
        Assert.True(Keywords.IsReserved(Keyword.Select));
        Assert.False(Keywords.IsReserved(Keyword.None));
        Assert.True(Keywords.IsReserved("current_date"));
        Assert.False(Keywords.IsReserved("date"));
        Assert.Equal("TRY_CAST", Keywords.Text(Keyword.TryCast));
        Assert.Equal("LOCALTIMESTAMP", Keywords.Text(Keyword.Localtimestamp));
    }

    [Fact]
    public void Positions_are_one_based_and_count_lines_by_line_feed()
    {
        Assert.Equal(
            "Identifier:SELECT@1:1 Integer:1@1:8 Comma:,@1:9 String:a\nb@2:3 Identifier:FROM@5:4 Identifier:t@5:9 EndOfInput:@5:10",
            Describe("SELECT 1,\r\n  'a\nb'\r\n/* c\n */FROM t"));
        Assert.Equal("Identifier:a@1:1 Identifier:b@2:1 EndOfInput:@2:2", Describe("a -- comment\nb"));
        Assert.Equal("Identifier:a@1:1 Identifier:b@1:9 EndOfInput:@1:10", Describe("a\t/**/  b"));
    }

    [Fact]
    public void A_lexer_can_start_inside_a_script()
    {
        var lexer = new Lexer("a\n b", startLine: 5, startColumn: 10);
        Token first = lexer.Next();
        Token second = lexer.Next();
        Assert.Equal((5, 10), (first.Line, first.Column));
        Assert.Equal((6, 2), (second.Line, second.Column));
    }

    [Theory]
    [InlineData("1abc", "identifiers must not start with a digit; surround the identifier with double quotes")]
    [InlineData("1e10x", "identifiers must not start with a digit; surround the identifier with double quotes")]
    [InlineData("1e", "identifiers must not start with a digit; surround the identifier with double quotes")]
    [InlineData("`a`", "backquoted identifiers are not supported; use double quotes to quote identifiers")]
    [InlineData("'abc", "unterminated string literal")]
    [InlineData("U&'abc", "unterminated string literal")]
    [InlineData("\"abc", "unterminated quoted identifier")]
    [InlineData("\"\"", "Zero-length delimited identifier not allowed")]
    [InlineData("/* x", "unterminated comment")]
    [InlineData("X'AB", "unterminated binary literal")]
    [InlineData("X'G0'", "Binary literal can only contain hexadecimal digits")]
    [InlineData("X'A'", "Binary literal must contain an even number of digits")]
    [InlineData("!", "unexpected character '!'")]
    [InlineData("|", "unexpected character '|'")]
    [InlineData("\u00a0", "unexpected character U+00A0")]
    [InlineData("\f", "unexpected character U+000C")]
    public void Lexical_errors_become_a_sticky_error_token_at_the_bad_token(string text, string message)
    {
        var lexer = new Lexer("a " + text);
        Assert.Equal(TokenKind.Identifier, lexer.Next().Kind);
        Token error = lexer.Next();
        Assert.Equal(TokenKind.Error, error.Kind);
        Assert.Equal(message, error.Value);
        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Same(error, lexer.Next());
    }

    [Fact]
    public void Numbers_followed_by_letters_split_as_trino_does()
    {
        Assert.Equal("Decimal:1.5@1:1 Identifier:e@1:4 EndOfInput:@1:5", Describe("1.5e"));
        Assert.Equal("Decimal:1.@1:1 Decimal:.2@1:3 EndOfInput:@1:5", Describe("1..2"));
        Assert.Equal("Identifier:t@1:1 Decimal:.5@1:2 EndOfInput:@1:4", Describe("t.5"));
        Assert.Equal("Identifier:x@1:1 String:a@1:3 EndOfInput:@1:6", Describe("x 'a'"));
    }
}
