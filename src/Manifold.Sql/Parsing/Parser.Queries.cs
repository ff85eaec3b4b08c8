using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

internal sealed partial class Parser
{
    private static bool IsQueryStart(Token token)
        => token.Is(Keyword.Select) || token.Is(Keyword.With) || token.Is(Keyword.Values) || token.Is(Keyword.Table);

    /// <summary>True when the current token continues a query after a parenthesized query body.</summary>
    private bool IsQueryContinuation()
    {
        Token token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            return false;
        }
        return token.Keyword switch
        {
            Keyword.Union or Keyword.Except or Keyword.Intersect or Keyword.Order => true,
            Keyword.Limit => IsLimitCount(Peek(1)),
            Keyword.Offset => Peek(1).Kind is TokenKind.Integer or TokenKind.QuestionMark,
            Keyword.Fetch => Peek(1).Is(Keyword.First) || Peek(1).Is(Keyword.Next),
            _ => false,
        };
    }

    private static bool IsLimitCount(Token token) => token.Kind is TokenKind.Integer or TokenKind.QuestionMark || token.Is(Keyword.All);

    /// <summary>True when the current non-reserved word starts a clause (LIMIT 5, OFFSET 2, FETCH FIRST, WINDOW w AS),
    /// so it must not be taken as an alias.</summary>
    private bool StartsClause()
    {
        Token token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            return false;
        }
        return token.Keyword switch
        {
            Keyword.Limit or Keyword.Offset => !CanFollowAlias(Peek(1)),
            Keyword.Fetch => Peek(1).Is(Keyword.First) || Peek(1).Is(Keyword.Next),
            Keyword.Window => Peek(1).IsIdentifier && Peek(2).Is(Keyword.As),
            _ => false,
        };
    }

    /// <summary>True for a token that may follow an alias: the end, ',', ')', ';', '(' of column aliases, a reserved word
    /// (FROM, WHERE, JOIN, …) or another clause word. LIMIT and OFFSET followed by anything else start their clause.</summary>
    private static bool CanFollowAlias(Token token)
        => token.Kind is TokenKind.EndOfInput or TokenKind.Comma or TokenKind.RightParen or TokenKind.Semicolon or TokenKind.LeftParen
            || (token.Kind == TokenKind.Identifier && (Keywords.IsReserved(token.Keyword)
                || token.Keyword is Keyword.Limit or Keyword.Offset or Keyword.Fetch or Keyword.Window));

    private Query ParseQuery()
    {
        Enter();
        Token start = Current;
        With? with = null;
        if (Is(Keyword.With))
        {
            Advance();
            bool recursive = Accept(Keyword.Recursive);
            var queries = new List<WithQuery>();
            do
            {
                Token queryStart = Current;
                Identifier name = ParseIdentifier();
                NodeList<Identifier>? columns = Is(TokenKind.LeftParen) ? ParseColumnAliases() : null;
                Require(Keyword.As);
                Require(TokenKind.LeftParen);
                Query query = ParseQuery();
                Require(TokenKind.RightParen);
                queries.Add(new WithQuery(name, columns, query) { Location = Loc(queryStart) });
            }
            while (Accept(TokenKind.Comma));
            with = new With(recursive, queries) { Location = Loc(start) };
        }
        Query result = ParseQueryRest(with, null, Loc(start));
        Leave();
        return result;
    }

    /// <summary>Continues a query whose first body was a parenthesized query: <c>(SELECT …) UNION …</c>.</summary>
    private Query ParseQueryContinuation(Query first, NodeLocation location)
        => ParseQueryRest(null, new SubqueryBody(first) { Location = location }, location);

    private Query ParseQueryRest(With? with, QueryBody? seed, NodeLocation location)
    {
        QueryBody body = ParseQueryTerm(seed);
        OrderBy? orderBy = null;
        if (Is(Keyword.Order))
        {
            orderBy = ParseOrderBy();
        }
        else
        {
            Expect(Keyword.Order);
        }
        Offset? offset = null;
        if (Is(Keyword.Offset))
        {
            offset = ParseOffset();
        }
        else
        {
            Expect(Keyword.Offset);
        }
        LimitClause? limit = null;
        Token token = Current;
        if (Accept(Keyword.Limit))
        {
            Expression? count = Accept(Keyword.All) ? null : ParseRowCount();
            limit = new Limit(count) { Location = Loc(token) };
            if (offset is null && Is(Keyword.Offset))
            {
                // SQLite and PostgreSQL write LIMIT n OFFSET m; accepted as a convenience.
                offset = ParseOffset();
            }
        }
        else if (Accept(Keyword.Fetch))
        {
            if (!Accept(Keyword.First))
            {
                Require(Keyword.Next);
            }
            Expression? count = Is(TokenKind.Integer) || Is(TokenKind.QuestionMark) ? ParseRowCount() : null;
            if (!Accept(Keyword.Row))
            {
                Require(Keyword.Rows);
            }
            bool withTies;
            if (Accept(Keyword.Only))
            {
                withTies = false;
            }
            else
            {
                Require(Keyword.With);
                Require(Keyword.Ties);
                withTies = true;
            }
            limit = new FetchFirst(count, withTies) { Location = Loc(token) };
        }
        return new Query(with, body, orderBy, offset, limit) { Location = location };
    }

    private Offset ParseOffset()
    {
        Token start = Require(Keyword.Offset);
        Expression count = ParseRowCount();
        if (!Accept(Keyword.Row))
        {
            Accept(Keyword.Rows);
        }
        return new Offset(count) { Location = Loc(start) };
    }

    private Expression ParseRowCount()
    {
        Token token = Current;
        if (token.Kind == TokenKind.Integer)
        {
            Advance();
            return new LongLiteral(token.Value) { Location = Loc(token) };
        }
        if (token.Kind == TokenKind.QuestionMark)
        {
            Advance();
            return new Parameter(_parameterCount++) { Location = Loc(token) };
        }
        Expect(ExpectedCategory.Integer);
        Expect(TokenKind.QuestionMark);
        throw Mismatch();
    }

    private OrderBy ParseOrderBy()
    {
        Token start = Require(Keyword.Order);
        Require(Keyword.By);
        var items = new List<SortItem>();
        do
        {
            items.Add(ParseSortItem());
        }
        while (Accept(TokenKind.Comma));
        return new OrderBy(items) { Location = Loc(start) };
    }

    private SortItem ParseSortItem()
    {
        Expression key = ParseExpression();
        SortOrdering ordering = SortOrdering.Ascending;
        if (Accept(Keyword.Desc))
        {
            ordering = SortOrdering.Descending;
        }
        else
        {
            Accept(Keyword.Asc);
        }
        NullOrdering nulls = NullOrdering.Undefined;
        if (Accept(Keyword.Nulls))
        {
            if (Accept(Keyword.First))
            {
                nulls = NullOrdering.First;
            }
            else
            {
                Require(Keyword.Last);
                nulls = NullOrdering.Last;
            }
        }
        return new SortItem(key, ordering, nulls) { Location = key.Location };
    }

    private QueryBody ParseQueryTerm(QueryBody? seed)
    {
        QueryBody left = ParseIntersectTerm(seed);
        while (true)
        {
            SetOperationKind kind;
            if (Accept(Keyword.Union))
            {
                kind = SetOperationKind.Union;
            }
            else if (Accept(Keyword.Except))
            {
                kind = SetOperationKind.Except;
            }
            else
            {
                return left;
            }
            bool distinct = ParseSetQuantifier(defaultDistinct: true);
            QueryBody right = ParseIntersectTerm(null);
            left = new SetOperation(kind, distinct, left, right) { Location = left.Location };
        }
    }

    private QueryBody ParseIntersectTerm(QueryBody? seed)
    {
        QueryBody left = seed ?? ParseQueryPrimary();
        while (Accept(Keyword.Intersect))
        {
            bool distinct = ParseSetQuantifier(defaultDistinct: true);
            QueryBody right = ParseQueryPrimary();
            left = new SetOperation(SetOperationKind.Intersect, distinct, left, right) { Location = left.Location };
        }
        return left;
    }

    private bool ParseSetQuantifier(bool defaultDistinct)
    {
        if (Accept(Keyword.Distinct))
        {
            return true;
        }
        if (Accept(Keyword.All))
        {
            return false;
        }
        return defaultDistinct;
    }

    private QueryBody ParseQueryPrimary()
    {
        Token start = Current;
        if (Is(Keyword.Select))
        {
            return ParseQuerySpecification();
        }
        if (Accept(Keyword.Table))
        {
            return new TableBody(ParseQualifiedName()) { Location = Loc(start) };
        }
        if (Accept(Keyword.Values))
        {
            var rows = new List<Expression>();
            do
            {
                rows.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
            return new ValuesBody(rows) { Location = Loc(start) };
        }
        if (Accept(TokenKind.LeftParen))
        {
            Query query = ParseQuery();
            Require(TokenKind.RightParen);
            return new SubqueryBody(query) { Location = Loc(start) };
        }
        Expect(Keyword.Select);
        Expect(Keyword.Table);
        Expect(Keyword.Values);
        Expect(Keyword.With);
        throw Mismatch();
    }

    private QuerySpecification ParseQuerySpecification()
    {
        Token start = Require(Keyword.Select);
        bool distinct = ParseSetQuantifier(defaultDistinct: false);
        var items = new List<SelectItem>();
        do
        {
            items.Add(ParseSelectItem());
        }
        while (Accept(TokenKind.Comma));
        var select = new Select(distinct, items) { Location = Loc(start) };

        Relation? from = null;
        if (Accept(Keyword.From))
        {
            from = ParseRelation();
            while (Accept(TokenKind.Comma))
            {
                Relation right = ParseRelation();
                from = new Join(JoinKind.Implicit, from, right, null) { Location = from.Location };
            }
        }
        Expression? where = Accept(Keyword.Where) ? ParseExpression() : null;
        GroupBy? groupBy = null;
        Token groupToken = Current;
        if (Accept(Keyword.Group))
        {
            Require(Keyword.By);
            groupBy = ParseGroupBy(groupToken);
        }
        Expression? having = Accept(Keyword.Having) ? ParseExpression() : null;
        var windows = new List<WindowDefinition>();
        if (StartsClause() && Is(Keyword.Window))
        {
            Advance();
            do
            {
                Token windowStart = Current;
                Identifier name = ParseIdentifier();
                Require(Keyword.As);
                Require(TokenKind.LeftParen);
                WindowSpecification specification = ParseWindowSpecification(windowStart);
                Require(TokenKind.RightParen);
                windows.Add(new WindowDefinition(name, specification) { Location = Loc(windowStart) });
            }
            while (Accept(TokenKind.Comma));
        }
        else
        {
            Expect(Keyword.Window);
        }
        return new QuerySpecification(select, from, where, groupBy, having, windows) { Location = Loc(start) };
    }

    private SelectItem ParseSelectItem()
    {
        Token start = Current;
        if (Accept(TokenKind.Asterisk))
        {
            return new AllColumns(null, null) { Location = Loc(start) };
        }
        Expression expression = ParseExpression();
        if (Is(TokenKind.Dot) && Peek(1).Kind == TokenKind.Asterisk)
        {
            Advance();
            Advance();
            NodeList<Identifier>? aliases = null;
            if (Accept(Keyword.As))
            {
                aliases = ParseColumnAliases();
            }
            return new AllColumns(expression, aliases) { Location = Loc(start) };
        }
        Identifier? alias = ParseOptionalAlias();
        return new SingleColumn(expression, alias) { Location = Loc(start) };
    }

    /// <summary>[AS] identifier, or null.</summary>
    private Identifier? ParseOptionalAlias()
    {
        if (Accept(Keyword.As))
        {
            return ParseIdentifier();
        }
        if (Current.IsIdentifier && !StartsClause())
        {
            return ParseIdentifier();
        }
        Expect(ExpectedCategory.Identifier);
        return null;
    }

    private NodeList<Identifier> ParseColumnAliases()
    {
        Require(TokenKind.LeftParen);
        var names = new List<Identifier>();
        do
        {
            names.Add(ParseIdentifier());
        }
        while (Accept(TokenKind.Comma));
        Require(TokenKind.RightParen);
        return names;
    }

    private GroupBy ParseGroupBy(Token start)
    {
        bool distinct = ParseSetQuantifier(defaultDistinct: false);
        var elements = new List<GroupingElement>();
        do
        {
            Token elementStart = Current;
            if (Accept(Keyword.Rollup))
            {
                elements.Add(new Rollup(ParseParenthesizedExpressions()) { Location = Loc(elementStart) });
            }
            else if (Accept(Keyword.Cube))
            {
                elements.Add(new Cube(ParseParenthesizedExpressions()) { Location = Loc(elementStart) });
            }
            else if (Is(Keyword.Grouping) && Peek(1).Is(Keyword.Sets))
            {
                Advance();
                Advance();
                Require(TokenKind.LeftParen);
                var sets = new List<NodeList<Expression>>();
                do
                {
                    sets.Add(ParseGroupingSet());
                }
                while (Accept(TokenKind.Comma));
                Require(TokenKind.RightParen);
                elements.Add(new GroupingSets(sets) { Location = Loc(elementStart) });
            }
            else
            {
                elements.Add(new SimpleGroupBy(ParseGroupingSet()) { Location = Loc(elementStart) });
            }
        }
        while (Accept(TokenKind.Comma));
        return new GroupBy(distinct, elements) { Location = Loc(start) };
    }

    /// <summary>( [expression, …] ) as a list.</summary>
    private NodeList<Expression> ParseParenthesizedExpressions()
    {
        Require(TokenKind.LeftParen);
        if (Accept(TokenKind.RightParen))
        {
            return NodeList<Expression>.Empty;
        }
        var expressions = new List<Expression>();
        do
        {
            expressions.Add(ParseExpression());
        }
        while (Accept(TokenKind.Comma));
        Require(TokenKind.RightParen);
        return expressions;
    }

    /// <summary>A grouping set: (), (a, b) or a single expression; (a, b) lists its expressions, as in Trino.</summary>
    private NodeList<Expression> ParseGroupingSet()
    {
        if (Is(TokenKind.LeftParen) && Peek(1).Kind == TokenKind.RightParen && Peek(2).Kind != TokenKind.Arrow)
        {
            Advance();
            Advance();
            return NodeList<Expression>.Empty;
        }
        Expression expression = ParseExpression();
        return expression is RowConstructor { ExplicitRow: false } row ? row.Values : new[] { expression };
    }

    /// <summary>The inside of a window's parentheses: [name] [PARTITION BY …] [ORDER BY …] [frame].</summary>
    private WindowSpecification ParseWindowSpecification(Token start)
    {
        Identifier? existing = null;
        if (Current.IsIdentifier && !(Is(Keyword.Partition) && Peek(1).Is(Keyword.By)) && !IsFrameStart())
        {
            existing = ParseIdentifier();
        }
        var partitionBy = new List<Expression>();
        if (Is(Keyword.Partition))
        {
            Advance();
            Require(Keyword.By);
            do
            {
                partitionBy.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }
        else
        {
            Expect(Keyword.Partition);
        }
        OrderBy? orderBy = null;
        if (Is(Keyword.Order))
        {
            orderBy = ParseOrderBy();
        }
        else
        {
            Expect(Keyword.Order);
        }
        WindowFrame? frame = null;
        if (Is(Keyword.Rows) || Is(Keyword.Range) || Is(Keyword.Groups))
        {
            Token frameStart = Advance();
            FrameType type = frameStart.Keyword switch
            {
                Keyword.Rows => FrameType.Rows,
                Keyword.Range => FrameType.Range,
                _ => FrameType.Groups,
            };
            if (Accept(Keyword.Between))
            {
                FrameBound low = ParseFrameBound();
                Require(Keyword.And);
                FrameBound high = ParseFrameBound();
                frame = new WindowFrame(type, low, high) { Location = Loc(frameStart) };
            }
            else
            {
                frame = new WindowFrame(type, ParseFrameBound(), null) { Location = Loc(frameStart) };
            }
        }
        else
        {
            Expect(Keyword.Rows);
            Expect(Keyword.Range);
            Expect(Keyword.Groups);
        }
        return new WindowSpecification(existing, partitionBy, orderBy, frame) { Location = Loc(start) };
    }

    private bool IsFrameStart()
        => (Is(Keyword.Rows) || Is(Keyword.Range) || Is(Keyword.Groups))
            && Peek(1).Kind != TokenKind.RightParen && !Peek(1).Is(Keyword.Partition) && !Peek(1).Is(Keyword.Order);

    private FrameBound ParseFrameBound()
    {
        Token start = Current;
        if (Is(Keyword.Unbounded) && (Peek(1).Is(Keyword.Preceding) || Peek(1).Is(Keyword.Following)))
        {
            Advance();
            bool preceding = Advance().Is(Keyword.Preceding);
            return new FrameBound(preceding ? FrameBoundType.UnboundedPreceding : FrameBoundType.UnboundedFollowing, null) { Location = Loc(start) };
        }
        if (Is(Keyword.Current) && Peek(1).Is(Keyword.Row))
        {
            Advance();
            Advance();
            return new FrameBound(FrameBoundType.CurrentRow, null) { Location = Loc(start) };
        }
        Expression offset = ParseExpression();
        if (Accept(Keyword.Preceding))
        {
            return new FrameBound(FrameBoundType.Preceding, offset) { Location = Loc(start) };
        }
        Require(Keyword.Following);
        return new FrameBound(FrameBoundType.Following, offset) { Location = Loc(start) };
    }
}
