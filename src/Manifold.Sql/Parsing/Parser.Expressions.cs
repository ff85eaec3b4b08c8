using System.Globalization;
using System.Text;
using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

internal sealed partial class Parser
{
    // Binding strength of value-expression operators (Trino): || < + - < * / % < unary < AT TIME ZONE.
    private const int ConcatPrecedence = 1;
    private const int AdditivePrecedence = 2;
    private const int MultiplicativePrecedence = 3;
    private const int UnaryPrecedence = 4;
    private const int AtTimeZonePrecedence = 5;

    private static readonly HashSet<string> s_extractFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "DAY_OF_MONTH", "DAY_OF_WEEK", "DOW", "DAY_OF_YEAR", "DOY",
        "YEAR_OF_WEEK", "YOW", "HOUR", "MINUTE", "SECOND", "TIMEZONE_MINUTE", "TIMEZONE_HOUR",
    };

    /// <summary>
    /// A full (boolean) expression: OR of ANDs of [NOT…] predicates. <paramref name="seed"/> is an already parsed
    /// leftmost primary. OR, AND and NOT are handled in loops here (not one method per level) to keep the stack used
    /// per nesting level small; chains of NOT are counted, not recursed into.
    /// </summary>
    private Expression ParseExpression(Expression? seed = null)
    {
        List<Expression>? orTerms = null;
        Expression result;
        while (true)
        {
            List<Expression>? andTerms = null;
            Expression term;
            while (true)
            {
                term = ParseNotTerm(seed);
                seed = null;
                if (!Check(Keyword.And))
                {
                    break;
                }
                andTerms ??= new List<Expression>();
                andTerms.Add(term);
                Advance();
            }
            if (andTerms is not null)
            {
                andTerms.Add(term);
                term = new LogicalExpression(LogicalOperator.And, andTerms) { Location = andTerms[0].Location };
            }
            if (!Check(Keyword.Or))
            {
                result = term;
                break;
            }
            orTerms ??= new List<Expression>();
            orTerms.Add(term);
            Advance();
        }
        if (orTerms is not null)
        {
            orTerms.Add(result);
            result = new LogicalExpression(LogicalOperator.Or, orTerms) { Location = orTerms[0].Location };
        }
        return result;
    }

    private Expression ParseNotTerm(Expression? seed)
    {
        if (seed is not null || !Is(Keyword.Not))
        {
            return ParsePredicated(seed);
        }
        var nots = new List<Token>();
        while (Is(Keyword.Not))
        {
            nots.Add(Advance());
        }
        Expression value = ParsePredicated(null);
        for (int i = nots.Count - 1; i >= 0; i--)
        {
            value = new NotExpression(value) { Location = Loc(nots[i]) };
        }
        return value;
    }

    /// <summary>A value expression followed by at most one predicate (comparison, IS, BETWEEN, IN, LIKE), as in Trino.</summary>
    private Expression ParsePredicated(Expression? seed)
    {
        Expression value = ParseValue(0, seed);
        NodeLocation location = value.Location;
        Token token = Current;
        ComparisonOperator? comparison = token.Kind switch
        {
            TokenKind.Equal => ComparisonOperator.Equal,
            TokenKind.NotEqual => ComparisonOperator.NotEqual,
            TokenKind.LessThan => ComparisonOperator.LessThan,
            TokenKind.LessThanOrEqual => ComparisonOperator.LessThanOrEqual,
            TokenKind.GreaterThan => ComparisonOperator.GreaterThan,
            TokenKind.GreaterThanOrEqual => ComparisonOperator.GreaterThanOrEqual,
            _ => null,
        };
        if (comparison is ComparisonOperator op)
        {
            Advance();
            if ((Is(Keyword.All) || Is(Keyword.Any) || Is(Keyword.Some)) && Peek(1).Kind == TokenKind.LeftParen)
            {
                Quantifier quantifier = Advance().Keyword switch
                {
                    Keyword.All => Quantifier.All,
                    Keyword.Any => Quantifier.Any,
                    _ => Quantifier.Some,
                };
                Token open = Advance();
                Query query = ParseQuery();
                Require(TokenKind.RightParen);
                var subquery = new SubqueryExpression(query) { Location = Loc(open) };
                return new QuantifiedComparisonExpression(op, quantifier, value, subquery) { Location = location };
            }
            Expression right = ParseValue(0, null);
            return new ComparisonExpression(op, value, right) { Location = location };
        }
        if (Accept(Keyword.Is))
        {
            bool not = Accept(Keyword.Not);
            if (Accept(Keyword.Null))
            {
                return not
                    ? new IsNotNullPredicate(value) { Location = location }
                    : new IsNullPredicate(value) { Location = location };
            }
            Require(Keyword.Distinct);
            Require(Keyword.From);
            Expression right = ParseValue(0, null);
            var distinct = new ComparisonExpression(ComparisonOperator.IsDistinctFrom, value, right) { Location = location };
            return not ? new NotExpression(distinct) { Location = location } : distinct;
        }

        bool negated = false;
        if (Is(Keyword.Not) && (Peek(1).Is(Keyword.Between) || Peek(1).Is(Keyword.In) || Peek(1).Is(Keyword.Like)))
        {
            Advance();
            negated = true;
        }
        Expression predicate;
        if (Accept(Keyword.Between))
        {
            Expression min = ParseValue(0, null);
            Require(Keyword.And);
            Expression max = ParseValue(0, null);
            predicate = new BetweenPredicate(value, min, max) { Location = location };
        }
        else if (Accept(Keyword.In))
        {
            predicate = ParseInRest(value);
        }
        else if (Accept(Keyword.Like))
        {
            Expression pattern = ParseValue(0, null);
            Expression? escape = Accept(Keyword.Escape) ? ParseValue(0, null) : null;
            predicate = new LikePredicate(value, pattern, escape) { Location = location };
        }
        else
        {
            Expect(TokenKind.Equal);
            Expect(TokenKind.NotEqual);
            Expect(TokenKind.LessThan);
            Expect(TokenKind.LessThanOrEqual);
            Expect(TokenKind.GreaterThan);
            Expect(TokenKind.GreaterThanOrEqual);
            Expect(Keyword.Not);
            return value;
        }
        return negated ? new NotExpression(predicate) { Location = location } : predicate;
    }

    private Expression ParseInRest(Expression value)
    {
        Token open = Require(TokenKind.LeftParen);
        Enter();
        (Expression? first, Query? query) = ParseParenthesizedBody(open, allowRow: false);
        Leave();
        if (query is not null)
        {
            Require(TokenKind.RightParen);
            return new InPredicate(value, new SubqueryExpression(query) { Location = Loc(open) }) { Location = value.Location };
        }
        var values = new List<Expression> { first! };
        while (Accept(TokenKind.Comma))
        {
            values.Add(ParseExpression());
        }
        Require(TokenKind.RightParen);
        return new InPredicate(value, new InListExpression(values) { Location = Loc(open) }) { Location = value.Location };
    }

    /// <summary>A value expression: arithmetic, ||, unary signs and AT TIME ZONE over primaries, by precedence climbing.</summary>
    private Expression ParseValue(int minPrecedence, Expression? seed)
    {
        Expression left;
        if (seed is not null)
        {
            left = ParsePostfix(seed);
        }
        else if (Is(TokenKind.Plus) || Is(TokenKind.Minus))
        {
            // Signs are counted, not recursed into: - - - x.
            var signs = new List<Token>();
            while (Is(TokenKind.Plus) || Is(TokenKind.Minus))
            {
                signs.Add(Advance());
            }
            left = ParseValue(UnaryPrecedence, null);
            for (int i = signs.Count - 1; i >= 0; i--)
            {
                UnarySign sign = signs[i].Kind == TokenKind.Minus ? UnarySign.Minus : UnarySign.Plus;
                left = new ArithmeticUnaryExpression(sign, left) { Location = Loc(signs[i]) };
            }
        }
        else
        {
            left = ParsePostfix(ParsePrimary());
        }

        while (true)
        {
            Token token = Current;
            int precedence;
            switch (token.Kind)
            {
                case TokenKind.Concat:
                    precedence = ConcatPrecedence;
                    break;
                case TokenKind.Plus:
                case TokenKind.Minus:
                    precedence = AdditivePrecedence;
                    break;
                case TokenKind.Asterisk:
                case TokenKind.Slash:
                case TokenKind.Percent:
                    precedence = MultiplicativePrecedence;
                    break;
                case TokenKind.Identifier when token.Is(Keyword.At) && Peek(1).Is(Keyword.Time):
                    precedence = AtTimeZonePrecedence;
                    break;
                default:
                    Expect(TokenKind.Concat);
                    Expect(TokenKind.Plus);
                    Expect(TokenKind.Minus);
                    Expect(TokenKind.Asterisk);
                    Expect(TokenKind.Slash);
                    Expect(TokenKind.Percent);
                    Expect(Keyword.At);
                    return left;
            }
            if (precedence < minPrecedence)
            {
                return left;
            }
            Advance();
            if (precedence == AtTimeZonePrecedence)
            {
                Require(Keyword.Time);
                Require(Keyword.Zone);
                Expression zone = Is(Keyword.Interval) ? ParseIntervalLiteral() : ParseStringLiteral();
                left = new AtTimeZone(left, zone) { Location = left.Location };
                continue;
            }
            Expression right = ParseValue(precedence + 1, null);
            left = token.Kind switch
            {
                TokenKind.Concat => Call("concat", new[] { left, right }, left.Location),
                TokenKind.Plus => new ArithmeticBinaryExpression(ArithmeticOperator.Add, left, right) { Location = left.Location },
                TokenKind.Minus => new ArithmeticBinaryExpression(ArithmeticOperator.Subtract, left, right) { Location = left.Location },
                TokenKind.Asterisk => new ArithmeticBinaryExpression(ArithmeticOperator.Multiply, left, right) { Location = left.Location },
                TokenKind.Slash => new ArithmeticBinaryExpression(ArithmeticOperator.Divide, left, right) { Location = left.Location },
                _ => new ArithmeticBinaryExpression(ArithmeticOperator.Modulus, left, right) { Location = left.Location },
            };
        }
    }

    private static FunctionCall Call(string name, NodeList<Expression> arguments, NodeLocation location)
        => new(new QualifiedName(new[] { new Identifier(name, false) { Location = location } }) { Location = location },
            false, arguments, null, null, null, NullTreatment.Unspecified) { Location = location };

    /// <summary>Subscripts and field dereferences after a primary.</summary>
    private Expression ParsePostfix(Expression expression)
    {
        while (true)
        {
            if (Accept(TokenKind.LeftBracket))
            {
                Expression index = ParseValue(0, null);
                Require(TokenKind.RightBracket);
                expression = new SubscriptExpression(expression, index) { Location = expression.Location };
            }
            else if (Is(TokenKind.Dot) && Peek(1).Kind != TokenKind.Asterisk)
            {
                Advance();
                Identifier field = ParseIdentifier();
                expression = new DereferenceExpression(expression, field) { Location = expression.Location };
            }
            else
            {
                Expect(TokenKind.Dot);
                return expression;
            }
        }
    }

    /// <summary>Every nested expression starts with a primary, so this is where expression nesting is counted.</summary>
    private Expression ParsePrimary()
    {
        Enter();
        Expression primary = ParsePrimaryCore();
        Leave();
        return primary;
    }

    private Expression ParsePrimaryCore()
    {
        Token token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return new LongLiteral(token.Value) { Location = Loc(token) };
            case TokenKind.Decimal:
                Advance();
                return new DecimalLiteral(token.Value) { Location = Loc(token) };
            case TokenKind.Double:
                Advance();
                return new DoubleLiteral(token.Value) { Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.UnicodeString:
                return ParseStringLiteral();
            case TokenKind.Binary:
                Advance();
                return new BinaryLiteral(token.Value) { Location = Loc(token) };
            case TokenKind.QuestionMark:
                Advance();
                return new Parameter(_parameterCount++) { Location = Loc(token) };
            case TokenKind.LeftParen:
            {
                (Expression? expression, Query? query) = ParseParenthesized();
                return expression ?? new SubqueryExpression(query!) { Location = Loc(token) };
            }
            case TokenKind.QuotedIdentifier:
                return ParseNamePrimary();
            case TokenKind.Identifier:
                return ParseWordPrimary(token);
            default:
                Expect(ExpectedCategory.Expression);
                throw Mismatch();
        }
    }

    /// <summary>
    /// At '(' in an expression: a lambda, a parenthesized expression, a row constructor or a subquery (returned as
    /// Query). Consumes through the closing ')'.
    /// </summary>
    private (Expression? Expression, Query? Query) ParseParenthesized()
    {
        Token open = Current;
        (Expression? Expression, Query? Query) result;
        if (IsLambdaAhead())
        {
            result = (ParseLambda(), null);
        }
        else
        {
            Advance();
            result = ParseParenthesizedBody(open, allowRow: true);
            Require(TokenKind.RightParen);
        }
        return result;
    }

    /// <summary>
    /// The inside of parentheses opened at <paramref name="open"/>, without the ')': a query, or an expression (a row
    /// constructor when <paramref name="allowRow"/> and commas follow). A nested parenthesized query followed by
    /// UNION/ORDER BY/LIMIT… continues as a query; followed by anything else it is a scalar subquery.
    /// </summary>
    private (Expression? Expression, Query? Query) ParseParenthesizedBody(Token open, bool allowRow)
    {
        if (IsQueryStart(Current))
        {
            return (null, ParseQuery());
        }
        Expression first;
        if (Is(TokenKind.LeftParen))
        {
            Token innerOpen = Current;
            Enter();
            (Expression? inner, Query? innerQuery) = ParseParenthesized();
            Leave();
            if (innerQuery is not null)
            {
                if (IsQueryContinuation())
                {
                    return (null, ParseQueryContinuation(innerQuery, Loc(innerOpen)));
                }
                inner = new SubqueryExpression(innerQuery) { Location = Loc(innerOpen) };
            }
            first = ParseExpression(inner);
        }
        else
        {
            first = ParseExpression();
        }
        if (allowRow)
        {
            if (Is(TokenKind.Comma))
            {
                var values = new List<Expression> { first };
                while (Accept(TokenKind.Comma))
                {
                    values.Add(ParseExpression());
                }
                return (new RowConstructor(values, false) { Location = Loc(open) }, null);
            }
            Expect(TokenKind.Comma);
        }
        return (first, null);
    }

    /// <summary>At '(': true for <c>() -&gt;</c> or <c>(a, b) -&gt;</c>.</summary>
    private bool IsLambdaAhead()
    {
        if (Peek(1).Kind == TokenKind.RightParen)
        {
            return Peek(2).Kind == TokenKind.Arrow;
        }
        int ahead = 1;
        while (true)
        {
            if (!Peek(ahead).IsIdentifier)
            {
                return false;
            }
            ahead++;
            TokenKind kind = Peek(ahead).Kind;
            if (kind == TokenKind.Comma)
            {
                ahead++;
                continue;
            }
            return kind == TokenKind.RightParen && Peek(ahead + 1).Kind == TokenKind.Arrow;
        }
    }

    private LambdaExpression ParseLambda()
    {
        Token start = Current;
        var parameters = new List<Identifier>();
        if (Accept(TokenKind.LeftParen))
        {
            if (!Accept(TokenKind.RightParen))
            {
                do
                {
                    parameters.Add(ParseIdentifier());
                }
                while (Accept(TokenKind.Comma));
                Require(TokenKind.RightParen);
            }
        }
        else
        {
            parameters.Add(ParseIdentifier());
        }
        Require(TokenKind.Arrow);
        Expression body = ParseExpression();
        return new LambdaExpression(parameters, body) { Location = Loc(start) };
    }

    /// <summary>A primary that starts with an unquoted word: a keyword form, or a name.</summary>
    private Expression ParseWordPrimary(Token token)
    {
        Token next = Peek(1);
        switch (token.Keyword)
        {
            case Keyword.Null:
                Advance();
                return new NullLiteral() { Location = Loc(token) };
            case Keyword.True:
            case Keyword.False:
                Advance();
                return new BooleanLiteral(token.Keyword == Keyword.True) { Location = Loc(token) };
            case Keyword.Case:
                return ParseCase();
            case Keyword.Cast:
                return ParseCast(safe: false);
            case Keyword.TryCast when next.Kind == TokenKind.LeftParen:
                return ParseCast(safe: true);
            case Keyword.Exists:
                return ParseExists(token);
            case Keyword.Extract:
                return ParseExtract();
            case Keyword.CurrentDate:
                Advance();
                return new CurrentTimeExpression(CurrentTimeKind.Date, null) { Location = Loc(token) };
            case Keyword.CurrentTime:
                return ParseCurrentTime(CurrentTimeKind.Time);
            case Keyword.CurrentTimestamp:
                return ParseCurrentTime(CurrentTimeKind.Timestamp);
            case Keyword.Localtime:
                return ParseCurrentTime(CurrentTimeKind.LocalTime);
            case Keyword.Localtimestamp:
                return ParseCurrentTime(CurrentTimeKind.LocalTimestamp);
            case Keyword.CurrentUser:
                Advance();
                return new CurrentSessionExpression(CurrentSessionKind.User) { Location = Loc(token) };
            case Keyword.CurrentCatalog:
                Advance();
                return new CurrentSessionExpression(CurrentSessionKind.Catalog) { Location = Loc(token) };
            case Keyword.CurrentSchema:
                Advance();
                return new CurrentSessionExpression(CurrentSessionKind.Schema) { Location = Loc(token) };
            case Keyword.CurrentPath:
                Advance();
                return new CurrentSessionExpression(CurrentSessionKind.Path) { Location = Loc(token) };
            case Keyword.Trim:
                return ParseTrim();
            case Keyword.Normalize:
                return ParseNormalize();
            case Keyword.Grouping or Keyword.Listagg when next.Kind == TokenKind.LeftParen:
                return ParseReservedWordCall(token);
            case Keyword.Interval when next.Kind is TokenKind.String or TokenKind.UnicodeString or TokenKind.Plus or TokenKind.Minus:
                return ParseIntervalLiteral();
            case Keyword.Array when next.Kind == TokenKind.LeftBracket:
                return ParseArrayConstructor(token);
            case Keyword.Row when next.Kind == TokenKind.LeftParen:
                return ParseRowConstructor(token);
            case Keyword.Position when next.Kind == TokenKind.LeftParen:
                return ParsePosition(token);
            case Keyword.Substring when next.Kind == TokenKind.LeftParen:
                return ParseSubstring();
            case Keyword.Double when next.Is(Keyword.Precision) && Peek(2).Kind is TokenKind.String or TokenKind.UnicodeString:
                return ParseDoublePrecisionLiteral(token);
        }
        if (!token.IsIdentifier)
        {
            Expect(ExpectedCategory.Expression);
            throw Mismatch();
        }
        return ParseNamePrimary();
    }

    private Expression ParseExists(Token token)
    {
        Advance();
        Token open = Require(TokenKind.LeftParen);
        Query query = ParseQuery();
        Require(TokenKind.RightParen);
        return new ExistsPredicate(new SubqueryExpression(query) { Location = Loc(open) }) { Location = Loc(token) };
    }

    private Expression ParseReservedWordCall(Token token)
    {
        Advance();
        var name = new QualifiedName(new[] { new Identifier(token.Value, false) { Location = Loc(token) } }) { Location = Loc(token) };
        return ParseFunctionCall(name, token);
    }

    private Expression ParseArrayConstructor(Token token)
    {
        Advance();
        Advance();
        var values = new List<Expression>();
        if (!Accept(TokenKind.RightBracket))
        {
            do
            {
                values.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
            Require(TokenKind.RightBracket);
        }
        return new ArrayConstructor(values) { Location = Loc(token) };
    }

    private Expression ParseRowConstructor(Token token)
    {
        Advance();
        Advance();
        var values = new List<Expression>();
        do
        {
            values.Add(ParseExpression());
        }
        while (Accept(TokenKind.Comma));
        Require(TokenKind.RightParen);
        return new RowConstructor(values, true) { Location = Loc(token) };
    }

    private Expression ParsePosition(Token token)
    {
        Advance();
        Advance();
        Expression needle = ParseValue(0, null);
        Require(Keyword.In);
        Expression haystack = ParseValue(0, null);
        Require(TokenKind.RightParen);
        return Call("strpos", new[] { haystack, needle }, Loc(token));
    }

    private Expression ParseDoublePrecisionLiteral(Token token)
    {
        Advance();
        Advance();
        StringLiteral value = ParseStringLiteral();
        return new GenericLiteral("DOUBLE", value.Value) { Location = Loc(token) };
    }

    /// <summary>A typed literal (<c>DATE '…'</c>), a lambda <c>x -&gt; …</c>, a column reference or a function call.</summary>
    private Expression ParseNamePrimary()
    {
        Token start = Current;
        Token next = Peek(1);
        if (next.Kind is TokenKind.String or TokenKind.UnicodeString)
        {
            Advance();
            StringLiteral value = ParseStringLiteral();
            return new GenericLiteral(start.Value.ToUpperInvariant(), value.Value) { Location = Loc(start) };
        }
        if (next.Kind == TokenKind.Arrow)
        {
            return ParseLambda();
        }
        Identifier first = ParseIdentifier();
        if (next.Kind == TokenKind.LeftParen)
        {
            return ParseFunctionCall(new QualifiedName(new[] { first }) { Location = Loc(start) }, start);
        }
        if (next.Kind != TokenKind.Dot)
        {
            return first;
        }
        var parts = new List<Identifier> { first };
        while (Is(TokenKind.Dot) && Peek(1).IsIdentifier)
        {
            Advance();
            parts.Add(ParseIdentifier());
        }
        if (Is(TokenKind.LeftParen))
        {
            return ParseFunctionCall(new QualifiedName(parts) { Location = Loc(start) }, start);
        }
        Expression expression = first;
        for (int i = 1; i < parts.Count; i++)
        {
            expression = new DereferenceExpression(expression, parts[i]) { Location = Loc(start) };
        }
        return expression;
    }

    /// <summary>At '(' after a function name: arguments, then WITHIN GROUP, FILTER, IGNORE|RESPECT NULLS and OVER.</summary>
    private Expression ParseFunctionCall(QualifiedName name, Token start, Expression? firstArgument = null)
    {
        if (firstArgument is null)
        {
            Require(TokenKind.LeftParen);
        }
        bool distinct = false;
        var arguments = new List<Expression>();
        OrderBy? orderBy = null;
        if (firstArgument is null && Accept(TokenKind.Asterisk))
        {
            Require(TokenKind.RightParen);
        }
        else if (firstArgument is null && Accept(TokenKind.RightParen))
        {
        }
        else
        {
            if (firstArgument is null)
            {
                distinct = ParseSetQuantifier(defaultDistinct: false);
            }
            arguments.Add(firstArgument ?? ParseExpression());
            while (Accept(TokenKind.Comma))
            {
                arguments.Add(ParseExpression());
            }
            if (Is(Keyword.Order))
            {
                orderBy = ParseOrderBy();
            }
            else
            {
                Expect(Keyword.Order);
            }
            Require(TokenKind.RightParen);
        }

        if (Is(Keyword.Within) && Peek(1).Is(Keyword.Group))
        {
            Token within = Advance();
            if (orderBy is not null)
            {
                throw Error(within, "WITHIN GROUP cannot be combined with ORDER BY in the argument list");
            }
            Advance();
            Require(TokenKind.LeftParen);
            orderBy = ParseOrderBy();
            Require(TokenKind.RightParen);
        }
        Expression? filter = null;
        if (Is(Keyword.Filter) && Peek(1).Kind == TokenKind.LeftParen)
        {
            Advance();
            Advance();
            Require(Keyword.Where);
            filter = ParseExpression();
            Require(TokenKind.RightParen);
        }
        NullTreatment nullTreatment = NullTreatment.Unspecified;
        if ((Is(Keyword.Ignore) || Is(Keyword.Respect)) && Peek(1).Is(Keyword.Nulls))
        {
            nullTreatment = Advance().Is(Keyword.Ignore) ? NullTreatment.Ignore : NullTreatment.Respect;
            Advance();
            if (!Check(Keyword.Over))
            {
                throw Mismatch();
            }
        }
        WindowSpecificationOrReference? window = null;
        if (Is(Keyword.Over) && (Peek(1).Kind == TokenKind.LeftParen || Peek(1).IsIdentifier))
        {
            Token over = Advance();
            if (Is(TokenKind.LeftParen))
            {
                Advance();
                window = ParseWindowSpecification(over);
                Require(TokenKind.RightParen);
            }
            else
            {
                window = new WindowReference(ParseIdentifier()) { Location = Loc(over) };
            }
        }

        if (name.Parts.Count == 1)
        {
            string lower = name.Parts[0].Value.ToLowerInvariant();
            if (lower is "if" or "nullif" or "coalesce" or "try")
            {
                return SpecialFunction(lower, start, arguments, distinct, filter, orderBy, window);
            }
        }
        return new FunctionCall(name, distinct, arguments, filter, orderBy, window, nullTreatment) { Location = Loc(start) };
    }

    /// <summary>IF, NULLIF, COALESCE and TRY have their own nodes, checked as Trino does.</summary>
    private static Expression SpecialFunction(string name, Token start, List<Expression> arguments, bool distinct,
        Expression? filter, OrderBy? orderBy, WindowSpecificationOrReference? window)
    {
        bool countValid = name switch
        {
            "if" => arguments.Count is 2 or 3,
            "nullif" => arguments.Count == 2,
            "coalesce" => arguments.Count >= 2,
            _ => arguments.Count == 1,
        };
        if (!countValid)
        {
            throw Error(start, name switch
            {
                "coalesce" => "The 'coalesce' function must have at least two arguments",
                "try" => "The 'try' function must have exactly one argument",
                _ => $"Invalid number of arguments for '{name}' function",
            });
        }
        if (window is not null)
        {
            throw Error(start, $"OVER clause not valid for '{name}' function");
        }
        if (distinct)
        {
            throw Error(start, $"DISTINCT not valid for '{name}' function");
        }
        if (filter is not null)
        {
            throw Error(start, $"FILTER not valid for '{name}' function");
        }
        if (orderBy is not null)
        {
            throw Error(start, $"ORDER BY not valid for '{name}' function");
        }
        NodeLocation location = Loc(start);
        return name switch
        {
            "if" => new IfExpression(arguments[0], arguments[1], arguments.Count == 3 ? arguments[2] : null) { Location = location },
            "nullif" => new NullIfExpression(arguments[0], arguments[1]) { Location = location },
            "coalesce" => new CoalesceExpression(arguments) { Location = location },
            _ => new TryExpression(arguments[0]) { Location = location },
        };
    }

    private Expression ParseCase()
    {
        Token start = Require(Keyword.Case);
        Expression? operand = Is(Keyword.When) ? null : ParseExpression();
        var clauses = new List<WhenClause>();
        do
        {
            Token when = Require(Keyword.When);
            Expression condition = ParseExpression();
            Require(Keyword.Then);
            Expression result = ParseExpression();
            clauses.Add(new WhenClause(condition, result) { Location = Loc(when) });
        }
        while (Check(Keyword.When));
        Expression? defaultValue = Accept(Keyword.Else) ? ParseExpression() : null;
        Require(Keyword.End);
        return operand is null
            ? new SearchedCaseExpression(clauses, defaultValue) { Location = Loc(start) }
            : new SimpleCaseExpression(operand, clauses, defaultValue) { Location = Loc(start) };
    }

    private Expression ParseCast(bool safe)
    {
        Token start = Advance();
        Require(TokenKind.LeftParen);
        Expression value = ParseExpression();
        Require(Keyword.As);
        DataType type = ParseDataType();
        Require(TokenKind.RightParen);
        return new Cast(value, type, safe) { Location = Loc(start) };
    }

    private Expression ParseExtract()
    {
        Token start = Require(Keyword.Extract);
        Require(TokenKind.LeftParen);
        Token fieldToken = Current;
        Identifier field = ParseIdentifier();
        if (!s_extractFields.Contains(field.Value))
        {
            throw Error(fieldToken, "Invalid EXTRACT field: " + field.Value);
        }
        Require(Keyword.From);
        Expression value = ParseValue(0, null);
        Require(TokenKind.RightParen);
        return new ExtractExpression(field.Value.ToUpperInvariant(), value) { Location = Loc(start) };
    }

    private Expression ParseCurrentTime(CurrentTimeKind kind)
    {
        Token start = Advance();
        int? precision = null;
        if (Accept(TokenKind.LeftParen))
        {
            Token digits = Current;
            if (digits.Kind != TokenKind.Integer)
            {
                Expect(ExpectedCategory.Integer);
                throw Mismatch();
            }
            Advance();
            if (!int.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                throw Error(digits, "Invalid precision: " + digits.Value);
            }
            precision = value;
            Require(TokenKind.RightParen);
        }
        return new CurrentTimeExpression(kind, precision) { Location = Loc(start) };
    }

    /// <summary>TRIM([BOTH|LEADING|TRAILING] [chars] FROM x) or TRIM(x[, chars]) as trim/ltrim/rtrim(x[, chars]).</summary>
    private Expression ParseTrim()
    {
        Token start = Require(Keyword.Trim);
        Require(TokenKind.LeftParen);
        string name = "trim";
        Expression? characters = null;
        Expression source;
        bool specification = (Is(Keyword.Both) || Is(Keyword.Leading) || Is(Keyword.Trailing))
            && Peek(1).Kind is not (TokenKind.RightParen or TokenKind.Comma);
        if (specification)
        {
            Token spec = Advance();
            name = spec.Keyword switch
            {
                Keyword.Leading => "ltrim",
                Keyword.Trailing => "rtrim",
                _ => "trim",
            };
            if (!Accept(Keyword.From))
            {
                characters = ParseValue(0, null);
                Require(Keyword.From);
            }
            source = ParseValue(0, null);
        }
        else if (Accept(Keyword.From))
        {
            source = ParseValue(0, null);
        }
        else
        {
            Expression first = ParseValue(0, null);
            if (Accept(Keyword.From))
            {
                characters = first;
                source = ParseValue(0, null);
            }
            else if (Accept(TokenKind.Comma))
            {
                source = first;
                characters = ParseValue(0, null);
            }
            else
            {
                source = first;
            }
        }
        Require(TokenKind.RightParen);
        return Call(name, characters is null ? new[] { source } : new[] { source, characters }, Loc(start));
    }

    private Expression ParseNormalize()
    {
        Token start = Require(Keyword.Normalize);
        Require(TokenKind.LeftParen);
        Expression value = ParseValue(0, null);
        var arguments = new List<Expression> { value };
        if (Accept(TokenKind.Comma))
        {
            Token form = Current;
            if (!(Is(Keyword.Nfc) || Is(Keyword.Nfd) || Is(Keyword.Nfkc) || Is(Keyword.Nfkd)))
            {
                throw ExpectKeywords(Keyword.Nfc, Keyword.Nfd, Keyword.Nfkc, Keyword.Nfkd);
            }
            Advance();
            arguments.Add(new StringLiteral(Keywords.Text(form.Keyword)) { Location = Loc(form) });
        }
        Require(TokenKind.RightParen);
        return Call("normalize", arguments, Loc(start));
    }

    /// <summary>SUBSTRING(x FROM a [FOR b]) as substring(x, a[, b]), or an ordinary call of substring.</summary>
    private Expression ParseSubstring()
    {
        Token start = Advance();
        var name = new QualifiedName(new[] { new Identifier(start.Value, false) { Location = Loc(start) } }) { Location = Loc(start) };
        Token next = Peek(1);
        if (next.Kind is TokenKind.RightParen or TokenKind.Asterisk || next.Is(Keyword.Distinct) || next.Is(Keyword.All))
        {
            return ParseFunctionCall(name, start);
        }
        Advance();
        Expression first = ParseExpression();
        if (!Accept(Keyword.From))
        {
            return ParseFunctionCall(name, start, first);
        }
        Expression from = ParseValue(0, null);
        if (Accept(Keyword.For))
        {
            Expression length = ParseValue(0, null);
            Require(TokenKind.RightParen);
            return Call("substring", new[] { first, from, length }, Loc(start));
        }
        Require(TokenKind.RightParen);
        return Call("substring", new[] { first, from }, Loc(start));
    }

    private Expression ParseIntervalLiteral()
    {
        Token start = Require(Keyword.Interval);
        IntervalSign sign = IntervalSign.Positive;
        if (Accept(TokenKind.Minus))
        {
            sign = IntervalSign.Negative;
        }
        else
        {
            Accept(TokenKind.Plus);
        }
        StringLiteral value = ParseStringLiteral();
        IntervalField from = ParseIntervalField();
        IntervalField? to = null;
        if (Is(Keyword.To) && IsIntervalField(Peek(1)))
        {
            Advance();
            to = ParseIntervalField();
        }
        return new IntervalLiteral(value.Value, sign, from, to) { Location = Loc(start) };
    }

    private static bool IsIntervalField(Token token)
        => token.Kind == TokenKind.Identifier && token.Keyword is Keyword.Year or Keyword.Month or Keyword.Day
            or Keyword.Hour or Keyword.Minute or Keyword.Second;

    private IntervalField ParseIntervalField()
    {
        Token token = Current;
        if (!IsIntervalField(token))
        {
            throw ExpectKeywords(Keyword.Year, Keyword.Month, Keyword.Day, Keyword.Hour, Keyword.Minute, Keyword.Second);
        }
        Advance();
        return token.Keyword switch
        {
            Keyword.Year => IntervalField.Year,
            Keyword.Month => IntervalField.Month,
            Keyword.Day => IntervalField.Day,
            Keyword.Hour => IntervalField.Hour,
            Keyword.Minute => IntervalField.Minute,
            _ => IntervalField.Second,
        };
    }

    /// <summary>U&amp;'…' [UESCAPE 'c']: \XXXX and \+XXXXXX escapes (with the escape character) become characters.</summary>
    private StringLiteral ParseUnicodeString()
    {
        Token token = Advance();
        char escape = '\\';
        if (Accept(Keyword.Uescape))
        {
            Token escapeToken = Current;
            if (escapeToken.Kind != TokenKind.String)
            {
                Expect(ExpectedCategory.String);
                throw Mismatch();
            }
            Advance();
            string text = escapeToken.Value;
            if (text.Length != 1)
            {
                throw Error(escapeToken, "Unicode escape must be a single character");
            }
            escape = text[0];
            if (char.IsAsciiHexDigit(escape) || escape is '+' or '\'' or '"' or ' ' or '\t' or '\r' or '\n')
            {
                throw Error(escapeToken, "Invalid Unicode escape character: " + Lexer.Describe(escape));
            }
        }
        string raw = token.Value;
        var builder = new StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c != escape)
            {
                builder.Append(c);
                continue;
            }
            if (i + 1 < raw.Length && raw[i + 1] == escape)
            {
                builder.Append(escape);
                i++;
                continue;
            }
            int digits = 4;
            int at = i + 1;
            if (at < raw.Length && raw[at] == '+')
            {
                digits = 6;
                at++;
            }
            if (at + digits > raw.Length)
            {
                throw Error(token, "Incomplete Unicode escape sequence in Unicode string");
            }
            int codePoint = 0;
            for (int d = 0; d < digits; d++)
            {
                char h = raw[at + d];
                if (!char.IsAsciiHexDigit(h))
                {
                    throw Error(token, "Invalid hexadecimal digit in Unicode escape: " + Lexer.Describe(h));
                }
                codePoint = codePoint * 16 + Convert.ToInt32(h.ToString(), 16);
            }
            if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            {
                throw Error(token, "Invalid Unicode code point in Unicode string: " + codePoint.ToString("X", CultureInfo.InvariantCulture));
            }
            builder.Append(char.ConvertFromUtf32(codePoint));
            i = at + digits - 1;
        }
        return new StringLiteral(builder.ToString()) { Location = Loc(token) };
    }
}
