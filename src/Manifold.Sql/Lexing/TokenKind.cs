namespace Manifold.Sql.Lexing;

/// <summary>The lexical class of a token.</summary>
public enum TokenKind
{
    /// <summary>The end of the input.</summary>
    EndOfInput,
    /// <summary>A lexical error; the token's value holds the message.</summary>
    Error,
    /// <summary>An unquoted word: an identifier or a keyword.</summary>
    Identifier,
    /// <summary>A "delimited" identifier; the value has the quotes removed and "" unescaped.</summary>
    QuotedIdentifier,
    /// <summary>A 'string' literal; the value has the quotes removed and '' unescaped.</summary>
    String,
    /// <summary>A U&amp;'unicode' string literal; the value is the raw text between the quotes.</summary>
    UnicodeString,
    /// <summary>An X'hex' binary literal; the value is the raw text between the quotes.</summary>
    Binary,
    /// <summary>An integer literal such as 42.</summary>
    Integer,
    /// <summary>A decimal literal such as 1.5, .5 or 1.</summary>
    Decimal,
    /// <summary>A literal with an exponent such as 1e10 or 1.5E-3.</summary>
    Double,
    /// <summary>=</summary>
    Equal,
    /// <summary>&lt;&gt; or !=</summary>
    NotEqual,
    /// <summary>&lt;</summary>
    LessThan,
    /// <summary>&lt;=</summary>
    LessThanOrEqual,
    /// <summary>&gt;</summary>
    GreaterThan,
    /// <summary>&gt;=</summary>
    GreaterThanOrEqual,
    /// <summary>+</summary>
    Plus,
    /// <summary>-</summary>
    Minus,
    /// <summary>*</summary>
    Asterisk,
    /// <summary>/</summary>
    Slash,
    /// <summary>%</summary>
    Percent,
    /// <summary>||</summary>
    Concat,
    /// <summary>-&gt;</summary>
    Arrow,
    /// <summary>=&gt;</summary>
    DoubleArrow,
    /// <summary>.</summary>
    Dot,
    /// <summary>,</summary>
    Comma,
    /// <summary>(</summary>
    LeftParen,
    /// <summary>)</summary>
    RightParen,
    /// <summary>[</summary>
    LeftBracket,
    /// <summary>]</summary>
    RightBracket,
    /// <summary>?</summary>
    QuestionMark,
    /// <summary>;</summary>
    Semicolon,
}
