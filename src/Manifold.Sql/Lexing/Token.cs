namespace Manifold.Sql.Lexing;

/// <summary>One token of SQL text.</summary>
/// <remarks>A class, not a struct: the parser passes tokens around a lot, and copies of a large struct would make each
/// recursion level's stack frame (notably in Debug builds) several times bigger.</remarks>
/// <param name="Kind">The lexical class.</param>
/// <param name="Keyword">The keyword an unquoted word spells, else <see cref="Keyword.None"/>.</param>
/// <param name="Offset">Where the token starts in the text (0-based, UTF-16 units).</param>
/// <param name="Length">The token's length in the text.</param>
/// <param name="Line">The 1-based line of the first character.</param>
/// <param name="Column">The 1-based column of the first character.</param>
/// <param name="Value">The token's value (see <see cref="TokenKind"/>); the message for <see cref="TokenKind.Error"/>.</param>
public sealed record Token(TokenKind Kind, Keyword Keyword, int Offset, int Length, int Line, int Column, string Value)
{
    /// <summary>True for an unquoted word spelling <paramref name="keyword"/>.</summary>
    public bool Is(Keyword keyword) => Keyword == keyword && Kind == TokenKind.Identifier;

    /// <summary>True for a token that can be used as an identifier: a quoted one, or a word that is not reserved.</summary>
    public bool IsIdentifier => Kind == TokenKind.QuotedIdentifier || (Kind == TokenKind.Identifier && !Keywords.IsReserved(Keyword));
}
