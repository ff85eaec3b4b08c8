using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

internal sealed partial class Parser
{
    /// <summary>A relation with its joins; <paramref name="seed"/> is an already parsed first primary.</summary>
    private Relation ParseRelation(Relation? seed = null)
    {
        Enter();
        Relation left = ParseAliasedRelation(seed);
        while (true)
        {
            Token token = Current;
            if (Accept(Keyword.Cross))
            {
                Require(Keyword.Join);
                Relation right = ParseAliasedRelation(null);
                left = new Join(JoinKind.Cross, left, right, null) { Location = left.Location };
            }
            else if (Accept(Keyword.Natural))
            {
                JoinKind kind = ParseJoinKind();
                Relation right = ParseAliasedRelation(null);
                left = new Join(kind, left, right, new NaturalJoin() { Location = Loc(token) }) { Location = left.Location };
            }
            else if (Is(Keyword.Join) || Is(Keyword.Inner) || Is(Keyword.Left) || Is(Keyword.Right) || Is(Keyword.Full))
            {
                JoinKind kind = ParseJoinKind();
                Relation right = ParseRelation();
                Token criteriaStart = Current;
                JoinCriteria criteria;
                if (Accept(Keyword.On))
                {
                    criteria = new JoinOn(ParseExpression()) { Location = Loc(criteriaStart) };
                }
                else if (Accept(Keyword.Using))
                {
                    criteria = new JoinUsing(ParseColumnAliases()) { Location = Loc(criteriaStart) };
                }
                else
                {
                    throw Mismatch();
                }
                left = new Join(kind, left, right, criteria) { Location = left.Location };
            }
            else
            {
                Expect(Keyword.Join);
                Expect(Keyword.Inner);
                Expect(Keyword.Left);
                Expect(Keyword.Right);
                Expect(Keyword.Full);
                break;
            }
        }
        Leave();
        return left;
    }

    /// <summary>[INNER] JOIN, LEFT [OUTER] JOIN, RIGHT [OUTER] JOIN or FULL [OUTER] JOIN.</summary>
    private JoinKind ParseJoinKind()
    {
        JoinKind kind = JoinKind.Inner;
        if (Accept(Keyword.Left))
        {
            kind = JoinKind.Left;
            Accept(Keyword.Outer);
        }
        else if (Accept(Keyword.Right))
        {
            kind = JoinKind.Right;
            Accept(Keyword.Outer);
        }
        else if (Accept(Keyword.Full))
        {
            kind = JoinKind.Full;
            Accept(Keyword.Outer);
        }
        else
        {
            Accept(Keyword.Inner);
        }
        Require(Keyword.Join);
        return kind;
    }

    private Relation ParseAliasedRelation(Relation? seed)
    {
        Relation relation = seed ?? ParseRelationPrimary();
        Identifier? alias = ParseOptionalAlias();
        if (alias is null)
        {
            return relation;
        }
        NodeList<Identifier>? columns = Is(TokenKind.LeftParen) ? ParseColumnAliases() : null;
        return new AliasedRelation(relation, alias, columns) { Location = relation.Location };
    }

    private Relation ParseRelationPrimary()
    {
        Token start = Current;
        if (start.Kind == TokenKind.LeftParen)
        {
            (Relation? relation, Query? query) = ParseParenthesizedRelation();
            return relation ?? new TableSubquery(query!) { Location = Loc(start) };
        }
        if (Is(Keyword.Lateral) && Peek(1).Kind == TokenKind.LeftParen)
        {
            Advance();
            Advance();
            Query query = ParseQuery();
            Require(TokenKind.RightParen);
            return new Lateral(query) { Location = Loc(start) };
        }
        if (Accept(Keyword.Unnest))
        {
            Require(TokenKind.LeftParen);
            var expressions = new List<Expression>();
            do
            {
                expressions.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
            Require(TokenKind.RightParen);
            bool ordinality = false;
            if (Is(Keyword.With) && !Peek(1).Is(Keyword.No) && !Peek(1).Is(Keyword.Data))
            {
                Advance();
                Require(Keyword.Ordinality);
                ordinality = true;
            }
            else
            {
                Expect(Keyword.With);
            }
            return new Unnest(expressions, ordinality) { Location = Loc(start) };
        }
        if (Current.IsIdentifier)
        {
            return new Table(ParseQualifiedName()) { Location = Loc(start) };
        }
        Expect(ExpectedCategory.Identifier);
        Expect(TokenKind.LeftParen);
        Expect(Keyword.Lateral);
        Expect(Keyword.Unnest);
        throw Mismatch();
    }

    /// <summary>
    /// At '(' in FROM: a subquery (returned as Query) or a parenthesized relation. Nested parentheses are resolved
    /// without backtracking: an inner parenthesized query followed by UNION/ORDER BY/LIMIT… continues as a query,
    /// anything else makes it a relation.
    /// </summary>
    private (Relation? Relation, Query? Query) ParseParenthesizedRelation()
    {
        Enter();
        Require(TokenKind.LeftParen);
        (Relation? Relation, Query? Query) result;
        if (IsQueryStart(Current))
        {
            result = (null, ParseQuery());
        }
        else if (Is(TokenKind.LeftParen))
        {
            Token innerStart = Current;
            (Relation? inner, Query? innerQuery) = ParseParenthesizedRelation();
            if (innerQuery is not null && IsQueryContinuation())
            {
                result = (null, ParseQueryContinuation(innerQuery, Loc(innerStart)));
            }
            else
            {
                Relation seed = inner ?? new TableSubquery(innerQuery!) { Location = Loc(innerStart) };
                result = (ParseRelation(seed), null);
            }
        }
        else
        {
            result = (ParseRelation(), null);
        }
        Require(TokenKind.RightParen);
        Leave();
        return result;
    }
}
