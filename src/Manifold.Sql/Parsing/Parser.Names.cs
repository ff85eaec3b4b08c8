using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

internal sealed partial class Parser
{
    /// <summary>An unquoted non-reserved word or a "delimited" identifier.</summary>
    private Identifier ParseIdentifier()
    {
        Token token = Current;
        if (token.Kind == TokenKind.QuotedIdentifier)
        {
            Advance();
            return new Identifier(token.Value, true) { Location = Loc(token) };
        }
        if (token.Kind == TokenKind.Identifier && !Keywords.IsReserved(token.Keyword))
        {
            Advance();
            return new Identifier(token.Value, false) { Location = Loc(token) };
        }
        Expect(ExpectedCategory.Identifier);
        throw Mismatch();
    }

    private QualifiedName ParseQualifiedName()
    {
        Token start = Current;
        Identifier first = ParseIdentifier();
        if (!Is(TokenKind.Dot))
        {
            Expect(TokenKind.Dot);
            return new QualifiedName(new[] { first }) { Location = Loc(start) };
        }
        var parts = new List<Identifier> { first };
        while (Accept(TokenKind.Dot))
        {
            parts.Add(ParseIdentifier());
        }
        return new QualifiedName(parts) { Location = Loc(start) };
    }
}
