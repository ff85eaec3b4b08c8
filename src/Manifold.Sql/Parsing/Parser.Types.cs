using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// A type: name[(parameters)], ROW(name type, …), INTERVAL f TO f, TIME/TIMESTAMP[(p)] [WITH|WITHOUT TIME ZONE] or
    /// DOUBLE PRECISION. Names are not checked: the engine decides which it accepts.
    /// </summary>
    private DataType ParseDataType()
    {
        Enter();
        DataType type = ParseDataTypeCore();
        Leave();
        return type;
    }

    private DataType ParseDataTypeCore()
    {
        Token start = Current;
        NodeLocation location = Loc(start);
        if (start.Kind == TokenKind.Identifier)
        {
            Token next = Peek(1);
            switch (start.Keyword)
            {
                case Keyword.Row when next.Kind == TokenKind.LeftParen:
                {
                    Advance();
                    Advance();
                    var fields = new List<RowDataTypeField>();
                    do
                    {
                        Token fieldStart = Current;
                        Identifier? name = IsNamedRowField() ? ParseIdentifier() : null;
                        DataType fieldType = ParseDataType();
                        fields.Add(new RowDataTypeField(name, fieldType) { Location = Loc(fieldStart) });
                    }
                    while (Accept(TokenKind.Comma));
                    Require(TokenKind.RightParen);
                    return new RowDataType(fields) { Location = location };
                }
                case Keyword.Interval when IsIntervalField(next):
                {
                    Advance();
                    IntervalField from = ParseIntervalField();
                    IntervalField to = from;
                    if (Is(Keyword.To) && IsIntervalField(Peek(1)))
                    {
                        Advance();
                        to = ParseIntervalField();
                    }
                    return new IntervalDataType(from, to) { Location = location };
                }
                case Keyword.Time:
                case Keyword.Timestamp:
                {
                    Advance();
                    NumericParameter? precision = null;
                    if (Accept(TokenKind.LeftParen))
                    {
                        Token digits = Current;
                        if (digits.Kind != TokenKind.Integer)
                        {
                            Expect(ExpectedCategory.Integer);
                            throw Mismatch();
                        }
                        Advance();
                        precision = new NumericParameter(digits.Value) { Location = Loc(digits) };
                        Require(TokenKind.RightParen);
                    }
                    bool withTimeZone = false;
                    if (Is(Keyword.With) || Is(Keyword.Without))
                    {
                        withTimeZone = Advance().Is(Keyword.With);
                        Require(Keyword.Time);
                        Require(Keyword.Zone);
                    }
                    else
                    {
                        Expect(Keyword.With);
                        Expect(Keyword.Without);
                    }
                    Tree.DateTimeKind kind = start.Keyword == Keyword.Time ? Tree.DateTimeKind.Time : Tree.DateTimeKind.Timestamp;
                    return new DateTimeDataType(kind, withTimeZone, precision) { Location = location };
                }
                case Keyword.Double when next.Is(Keyword.Precision):
                    Advance();
                    Advance();
                    return new GenericDataType(new Identifier(start.Value, false) { Location = location }, NodeList<DataTypeParameter>.Empty) { Location = location };
            }
        }
        if (!Current.IsIdentifier)
        {
            Expect(ExpectedCategory.Type);
            throw Mismatch();
        }
        Identifier typeName = ParseIdentifier();
        if (!Accept(TokenKind.LeftParen))
        {
            return new GenericDataType(typeName, NodeList<DataTypeParameter>.Empty) { Location = location };
        }
        var parameters = new List<DataTypeParameter>();
        do
        {
            Token parameter = Current;
            if (parameter.Kind == TokenKind.Integer)
            {
                Advance();
                parameters.Add(new NumericParameter(parameter.Value) { Location = Loc(parameter) });
            }
            else
            {
                Expect(ExpectedCategory.Integer);
                parameters.Add(new TypeParameter(ParseDataType()) { Location = Loc(parameter) });
            }
        }
        while (Accept(TokenKind.Comma));
        Require(TokenKind.RightParen);
        return new GenericDataType(typeName, parameters) { Location = location };
    }

    /// <summary>In ROW(…): true when the current word names a field rather than starting its type.</summary>
    private bool IsNamedRowField()
    {
        Token token = Current;
        Token next = Peek(1);
        if (!token.IsIdentifier || !next.IsIdentifier)
        {
            return false;
        }
        if (token.Is(Keyword.Double) && next.Is(Keyword.Precision))
        {
            return false;
        }
        if (token.Is(Keyword.Interval) && IsIntervalField(next))
        {
            return false;
        }
        return true;
    }
}
