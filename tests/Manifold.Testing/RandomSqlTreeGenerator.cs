using Manifold.Sql.Tree;

namespace Manifold.Testing;

/// <summary>Seeded generator of random syntax trees in the shapes the parser produces, for round-trip properties
/// (format → parse must give the tree back).</summary>
/// <remarks>
/// Trees follow the parser's normal forms: left-deep operator chains, INTERSECT inside UNION/EXCEPT, implicit joins only
/// at the top of FROM, no one-value implicit rows, parameters numbered in text order, no bare parenthesized query as a
/// subquery, and names that are plain words, safe non-reserved keywords (date, year, value, …) or delimited. Children are
/// generated in the order the formatter prints them, so parameter positions come out in text order.
/// </remarks>
public sealed class RandomSqlTreeGenerator(int seed, int maxDepth = 4)
{
    private static readonly string[] s_names = ["a", "b", "c", "x", "y", "col1", "t", "u", "_v", "Mixed", "n@1", "k:2"];
    private static readonly string[] s_keywordNames = ["date", "year", "month", "value", "comment", "data", "role", "format", "type", "first", "last", "key", "level", "position"];
    private static readonly string[] s_delimitedNames = ["a b", "Select", "x\"y", "from", "1st", "é"];
    private static readonly string[] s_functions = ["abs", "f", "max", "sum", "length", "concat", "strpos", "substring", "ltrim", "rtrim", "lower", "count", "array_agg"];
    private static readonly string[] s_typedLiterals = ["DATE", "TIMESTAMP", "TIME", "DECIMAL", "JSON", "CHAR", "REAL", "DOUBLE", "UUID", "VARCHAR"];
    private static readonly string[] s_strings = ["", "abc", "it's", "''", "multi\nline", "ünï©ødé", "%_", "\\", "\"q\""];
    private static readonly string[] s_extractFields = ["YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "DAY_OF_WEEK", "DOY", "HOUR", "MINUTE", "SECOND", "TIMEZONE_HOUR"];

    private readonly Random _random = new(seed);
    private int _parameters;

    /// <summary>The seed, to print when a property fails.</summary>
    public int Seed { get; } = seed;

    /// <summary>A random statement of any kind.</summary>
    public Statement NextStatement()
    {
        _parameters = 0;
        return Statement(0);
    }

    /// <summary>A random query.</summary>
    public Query NextQuery()
    {
        _parameters = 0;
        return Query(0);
    }

    /// <summary>A random expression.</summary>
    public Expression NextExpression()
    {
        _parameters = 0;
        return Expression(0);
    }

    /// <summary>A random data type.</summary>
    public DataType NextDataType() => Type(0);

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private NodeList<T> List<T>(int min, int max, Func<T> make)
    {
        int count = _random.Next(min, max + 1);
        var items = new List<T>(count);
        for (int i = 0; i < count; i++)
        {
            items.Add(make());
        }
        return items;
    }

    // ---- names ----

    private Identifier Name()
    {
        int kind = _random.Next(10);
        return kind switch
        {
            < 6 => new Identifier(Pick(s_names), false),
            < 8 => new Identifier(Pick(s_keywordNames), false),
            _ => new Identifier(Pick(s_delimitedNames), true),
        };
    }

    private Identifier PlainName() => new(Pick(s_names), false);

    private QualifiedName QualifiedName() => new(List(1, 3, Name));

    private NodeList<Identifier> Names(int min, int max) => List(min, max, Name);

    // ---- statements ----

    private Statement Statement(int depth)
    {
        switch (_random.Next(34))
        {
            case < 8: return Query(depth);
            case 8: return new ExplainStatement(Statement(depth + 1), Chance(30), Chance(30), Chance(50) ? (ExplainType)_random.Next(4) : null, Chance(50) ? (ExplainFormat)_random.Next(3) : null);
            case 9: return new ShowCatalogsStatement(Chance(50) ? Str() : null, null) is var s && s.LikePattern is not null && Chance(50) ? s with { Escape = Str() } : s;
            case 10: return new ShowSchemasStatement(Chance(50) ? Name() : null, Chance(50) ? Str() : null, null);
            case 11: return new ShowTablesStatement(Chance(50) ? QualifiedName() : null, Chance(50) ? Str() : null, null);
            case 12:
            {
                QualifiedName table = QualifiedName();
                StringLiteral? pattern = Chance(50) ? Str() : null;
                return new ShowColumnsStatement(table, pattern, pattern is not null && Chance(50) ? Str() : null);
            }
            case 13: return Chance(50) ? new ShowFunctionsStatement(Chance(50) ? Str() : null, null) : new ShowSessionStatement(Chance(50) ? Str() : null, null);
            case 14: return new ShowCreateStatement((ShowCreateKind)_random.Next(3), QualifiedName());
            case 15: return Chance(50) ? new DescribeInputStatement(Name()) : new DescribeOutputStatement(Name());
            case 16: return new UseStatement(Chance(50) ? Name() : null, Name());
            case 17: return new CreateSchemaStatement(QualifiedName(), Chance(50), Properties());
            case 18: return new DropSchemaStatement(QualifiedName(), Chance(50), Chance(50));
            case 19:
            {
                QualifiedName name = QualifiedName();
                bool ifNotExists = Chance(50);
                NodeList<TableElement> elements = List<TableElement>(1, 4, () => Chance(85) ? Column() : new LikeClause(QualifiedName(), Chance(30) ? null : Chance(50)));
                string? comment = Chance(30) ? Pick(s_strings) : null;
                return new CreateTableStatement(name, elements, ifNotExists, Properties(), comment);
            }
            case 20:
            {
                QualifiedName name = QualifiedName();
                NodeList<Identifier>? aliases = Chance(40) ? Names(1, 3) : null;
                string? comment = Chance(30) ? Pick(s_strings) : null;
                NodeList<Property> properties = Properties();
                Query query = Query(depth + 1);
                return new CreateTableAsSelectStatement(name, aliases, query, Chance(50), Chance(70), properties, comment);
            }
            case 21: return new CreateViewStatement(QualifiedName(), Query(depth + 1), Chance(50), Chance(30) ? Pick(s_strings) : null);
            case 22: return new CreateIndexStatement(Name(), QualifiedName(), List(1, 3, () => new SortItem(Name(), (SortOrdering)_random.Next(2), NullOrdering.Undefined)), Chance(50), Chance(50));
            case 23:
                return _random.Next(3) switch
                {
                    0 => new DropIndexStatement(QualifiedName(), Chance(50)),
                    1 => new DropTableStatement(QualifiedName(), Chance(50)),
                    _ => new DropViewStatement(QualifiedName(), Chance(50)),
                };
            case 24: return new InsertStatement(QualifiedName(), Chance(50) ? Names(1, 3) : null, Query(depth + 1));
            case 25: return new DeleteStatement(QualifiedName(), Chance(70) ? Expression(depth + 1) : null);
            case 26: return new UpdateStatement(QualifiedName(), List(1, 3, () => new UpdateAssignment(Name(), Expression(depth + 1))), Chance(60) ? Expression(depth + 1) : null);
            case 27: return Chance(50)
                ? new RenameTableStatement(QualifiedName(), QualifiedName(), Chance(50))
                : new AddColumnStatement(QualifiedName(), Column(), Chance(50), Chance(50));
            case 28: return Chance(50) ? new SetSessionStatement(QualifiedName(), Expression(depth + 1)) : new ResetSessionStatement(QualifiedName());
            case 29: return new PrepareStatement(Name(), Statement(depth + 1));
            case 30: return Chance(50)
                ? new ExecuteStatement(Name(), List(0, 3, () => Expression(depth + 1)))
                : new ExecuteImmediateStatement(Str(), List(0, 3, () => Expression(depth + 1)));
            case 31: return new DeallocateStatement(Name());
            case 32: return new StartTransactionStatement(List(0, 3, () => new TransactionMode((TransactionModeKind)_random.Next(6))));
            default:
                return _random.Next(3) switch
                {
                    0 => new CommitStatement(),
                    1 => new RollbackStatement(),
                    _ => new CallStatement(QualifiedName(), List(0, 3, () =>
                    {
                        Identifier? name = Chance(50) ? Name() : null;
                        return new CallArgument(name, Expression(depth + 1));
                    })),
                };
        }
    }

    private ColumnDefinition Column()
        => new(Name(), Type(0), Chance(30), (ColumnKeyKind)_random.Next(3), Chance(30) ? Pick(s_strings) : null);

    private NodeList<Property> Properties()
        => Chance(60) ? NodeList<Property>.Empty : List(1, 3, () => new Property(Name(), Literal()));

    private StringLiteral Str() => new(Pick(s_strings));

    // ---- queries ----

    private Query Query(int depth, bool allowBareParenthesized = true)
    {
        With? with = null;
        if (Chance(15) && depth < maxDepth)
        {
            bool recursive = Chance(30);
            with = new With(recursive, List(1, 2, () =>
            {
                Identifier name = Name();
                NodeList<Identifier>? columns = Chance(40) ? Names(1, 3) : null;
                return new WithQuery(name, columns, Query(depth + 1));
            }));
        }
        QueryBody body = Body(depth, SetOperationKind.Union, right: false, allowSubquery: allowBareParenthesized || with is not null);
        OrderBy? orderBy = Chance(30) ? new OrderBy(List(1, 3, () => SortItem(depth + 1))) : null;
        Offset? offset = Chance(15) ? new Offset(RowCount()) : null;
        LimitClause? limit = _random.Next(10) switch
        {
            0 => new Limit(RowCount()),
            1 => new Limit(null),
            2 => new FetchFirst(Chance(50) ? RowCount() : null, Chance(50)),
            _ => null,
        };
        return new Query(with, body, orderBy, offset, limit);
    }

    private Expression RowCount()
        => Chance(20) ? new Parameter(_parameters++) : new LongLiteral(_random.Next(0, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A body that reads back as itself in the given position of a set operation.</summary>
    /// <param name="allowSubquery">False where "(( q ))" would read back as "( q )": the parser drops redundant
    /// parentheses around a subquery used as a value or in FROM.</param>
    private QueryBody Body(int depth, SetOperationKind parent, bool right, bool allowSubquery = true)
    {
        if (depth < maxDepth && Chance(20))
        {
            SetOperationKind kind = (SetOperationKind)_random.Next(3);
            bool allowed = right ? kind == SetOperationKind.Intersect && parent != SetOperationKind.Intersect : parent != SetOperationKind.Intersect || kind == SetOperationKind.Intersect;
            if (allowed)
            {
                QueryBody left = Body(depth + 1, kind, right: false);
                QueryBody rightBody = Body(depth + 1, kind, right: true);
                return new SetOperation(kind, Chance(60), left, rightBody);
            }
        }
        return _random.Next(12) switch
        {
            0 => new ValuesBody(List(1, 3, () => Chance(50) ? Expression(depth + 1) : new RowConstructor(List(2, 3, () => Expression(depth + 1)), false))),
            1 => new TableBody(QualifiedName()),
            2 when depth < maxDepth && allowSubquery => new SubqueryBody(Query(depth + 1)),
            _ => Specification(depth),
        };
    }

    private QuerySpecification Specification(int depth)
    {
        var select = new Select(Chance(20), List<SelectItem>(1, 4, () => SelectItem(depth + 1)));
        Relation? from = null;
        if (Chance(80))
        {
            from = Relation(depth + 1, allowImplicit: true);
        }
        Expression? where = Chance(50) ? Expression(depth + 1) : null;
        GroupBy? groupBy = Chance(25) ? new GroupBy(Chance(20), List(1, 3, () => GroupingElement(depth + 1))) : null;
        Expression? having = groupBy is not null && Chance(50) ? Expression(depth + 1) : null;
        NodeList<WindowDefinition> windows = Chance(10)
            ? List(1, 2, () =>
            {
                Identifier name = PlainName();
                return new WindowDefinition(name, WindowSpecification(depth + 1));
            })
            : NodeList<WindowDefinition>.Empty;
        return new QuerySpecification(select, from, where, groupBy, having, windows);
    }

    private SelectItem SelectItem(int depth)
    {
        switch (_random.Next(10))
        {
            case 0:
                return new AllColumns(null, null);
            case 1:
            {
                Expression target = Chance(50) ? Name() : new DereferenceExpression(Name(), Name());
                return new AllColumns(target, Chance(30) ? Names(1, 3) : null);
            }
            default:
            {
                Expression expression = Expression(depth);
                return new SingleColumn(expression, Chance(40) ? Name() : null);
            }
        }
    }

    private GroupingElement GroupingElement(int depth)
    {
        return _random.Next(6) switch
        {
            0 => new Rollup(List(1, 3, () => Expression(depth + 1))),
            1 => new Cube(List(1, 3, () => Expression(depth + 1))),
            2 => new GroupingSets(List(1, 3, () => List(0, 2, () => GroupingExpression(depth + 1)))),
            3 => new SimpleGroupBy(List(0, 3, () => GroupingExpression(depth + 1))),
            _ => new SimpleGroupBy(new[] { GroupingExpression(depth + 1) }),
        };
    }

    private Expression GroupingExpression(int depth)
    {
        Expression expression = Expression(depth);
        // (a, b) as a whole grouping element lists its values; keep the row (and its parameters) as ROW(a, b).
        return expression is RowConstructor { ExplicitRow: false } row ? row with { ExplicitRow = true } : expression;
    }

    private SortItem SortItem(int depth)
        => new(Expression(depth), (SortOrdering)_random.Next(2), (NullOrdering)_random.Next(3));

    private Relation Relation(int depth, bool allowImplicit)
    {
        if (allowImplicit && Chance(25))
        {
            Relation left = Relation(depth + 1, allowImplicit: true);
            Relation right = Relation(depth + 1, allowImplicit: false);
            return new Join(JoinKind.Implicit, left, right, null);
        }
        if (depth < maxDepth && Chance(30))
        {
            Relation left = Relation(depth + 1, allowImplicit: false);
            Relation right = Relation(depth + 1, allowImplicit: false);
            JoinKind kind = (JoinKind)_random.Next(5);
            JoinCriteria? criteria = kind == JoinKind.Cross ? null : _random.Next(4) switch
            {
                0 => new JoinUsing(Names(1, 2)),
                1 => new NaturalJoin(),
                _ => new JoinOn(Expression(depth + 1)),
            };
            return new Join(kind, left, right, criteria);
        }
        Relation primary = _random.Next(10) switch
        {
            0 when depth < maxDepth => new TableSubquery(Query(depth + 1, allowBareParenthesized: false)),
            1 when depth < maxDepth => new Lateral(Query(depth + 1)),
            2 => new Unnest(List(1, 2, () => Expression(depth + 1)), Chance(50)),
            _ => new Table(QualifiedName()),
        };
        if (primary is Table && Chance(70))
        {
            return primary;
        }
        if (Chance(60))
        {
            Identifier alias = Name();
            return new AliasedRelation(primary, alias, Chance(30) ? Names(1, 3) : null);
        }
        return primary;
    }

    private WindowSpecification WindowSpecification(int depth)
    {
        Identifier? existing = Chance(15) ? PlainName() : null;
        NodeList<Expression> partitionBy = Chance(50) ? List(1, 2, () => Expression(depth + 1)) : NodeList<Expression>.Empty;
        OrderBy? orderBy = Chance(50) ? new OrderBy(List(1, 2, () => SortItem(depth + 1))) : null;
        WindowFrame? frame = null;
        if (Chance(40))
        {
            var type = (FrameType)_random.Next(3);
            FrameBound start = FrameBound();
            frame = new WindowFrame(type, start, Chance(60) ? FrameBound() : null);
        }
        return new WindowSpecification(existing, partitionBy, orderBy, frame);
    }

    private FrameBound FrameBound()
    {
        var type = (FrameBoundType)_random.Next(5);
        Expression? offset = type is FrameBoundType.Preceding or FrameBoundType.Following ? Literal() : null;
        return new FrameBound(type, offset);
    }

    // ---- expressions ----

    private Expression Expression(int depth)
    {
        if (depth >= maxDepth || Chance(25))
        {
            return Leaf();
        }
        int next = depth + 1;
        switch (_random.Next(40))
        {
            case 0:
            case 1:
                return new LogicalExpression((LogicalOperator)_random.Next(2), List(2, 4, () => Expression(next)));
            case 2:
                return new NotExpression(Expression(next));
            case 3:
            case 4:
                return new ComparisonExpression((ComparisonOperator)_random.Next(7), Expression(next), Expression(next));
            case 5:
                return Chance(50) ? new IsNullPredicate(Expression(next)) : new IsNotNullPredicate(Expression(next));
            case 6:
                return new BetweenPredicate(Expression(next), Expression(next), Expression(next));
            case 7:
            {
                Expression value = Expression(next);
                Expression list = Chance(70)
                    ? new InListExpression(List(1, 3, () => Expression(next)))
                    : new SubqueryExpression(Query(next, allowBareParenthesized: false));
                return new InPredicate(value, list);
            }
            case 8:
            {
                Expression value = Expression(next);
                Expression pattern = Expression(next);
                return new LikePredicate(value, pattern, Chance(30) ? Expression(next) : null);
            }
            case 9:
            {
                var op = (ComparisonOperator)_random.Next(6);
                var quantifier = (Quantifier)_random.Next(3);
                Expression value = Expression(next);
                return new QuantifiedComparisonExpression(op, quantifier, value, new SubqueryExpression(Query(next)));
            }
            case 10:
            case 11:
            case 12:
                return new ArithmeticBinaryExpression((ArithmeticOperator)_random.Next(5), Expression(next), Expression(next));
            case 13:
                return new ArithmeticUnaryExpression((UnarySign)_random.Next(2), Expression(next));
            case 14:
            {
                Expression value = Expression(next);
                Expression zone = Chance(70) ? Str() : Interval();
                return new AtTimeZone(value, zone);
            }
            case 15:
                return new SubscriptExpression(Expression(next), Expression(next));
            case 16:
                return new DereferenceExpression(Expression(next), Name());
            case 17:
            case 18:
            case 19:
                return FunctionCall(next);
            case 20:
                return new Cast(Expression(next), Type(next), Chance(30));
            case 21:
                return new ExtractExpression(Pick(s_extractFields), Expression(next));
            case 22:
            {
                NodeList<WhenClause> whens = List(1, 3, () => new WhenClause(Expression(next), Expression(next)));
                return new SearchedCaseExpression(whens, Chance(50) ? Expression(next) : null);
            }
            case 23:
            {
                Expression operand = Expression(next);
                NodeList<WhenClause> whens = List(1, 3, () => new WhenClause(Expression(next), Expression(next)));
                return new SimpleCaseExpression(operand, whens, Chance(50) ? Expression(next) : null);
            }
            case 24:
            {
                Expression condition = Expression(next);
                Expression whenTrue = Expression(next);
                return new IfExpression(condition, whenTrue, Chance(50) ? Expression(next) : null);
            }
            case 25:
                return new CoalesceExpression(List(2, 3, () => Expression(next)));
            case 26:
                return new NullIfExpression(Expression(next), Expression(next));
            case 27:
                return new TryExpression(Expression(next));
            case 28:
                return new ArrayConstructor(List(0, 3, () => Expression(next)));
            case 29:
                return Chance(50)
                    ? new RowConstructor(List(1, 3, () => Expression(next)), true)
                    : new RowConstructor(List(2, 3, () => Expression(next)), false);
            case 30:
                return new SubqueryExpression(Query(next, allowBareParenthesized: false));
            case 31:
                return new ExistsPredicate(new SubqueryExpression(Query(next)));
            case 32:
            {
                NodeList<Identifier> parameters = List(0, 2, PlainName);
                return new LambdaExpression(parameters, Expression(next));
            }
            case 33:
            {
                var trimmed = new List<Expression> { Expression(next) };
                if (Chance(50))
                {
                    trimmed.Add(Expression(next));
                }
                return Call("trim", trimmed);
            }
            case 34:
            {
                var normalized = new List<Expression> { Expression(next) };
                if (Chance(50))
                {
                    normalized.Add(new StringLiteral(Pick(new[] { "NFC", "NFD", "NFKC", "NFKD" })));
                }
                return Call("normalize", normalized);
            }
            case 35:
                return Call(Chance(50) ? "grouping" : "GROUPING", List(1, 2, () => (Expression)Name()));
            default:
                return Leaf();
        }
    }

    private static FunctionCall Call(string name, NodeList<Expression> arguments)
        => new(new QualifiedName(new[] { new Identifier(name, false) }), false, arguments, null, null, null, NullTreatment.Unspecified);

    private FunctionCall FunctionCall(int depth)
    {
        QualifiedName name = Chance(85)
            ? new QualifiedName(new[] { new Identifier(Pick(s_functions), false) })
            : new QualifiedName(new[] { PlainName(), new Identifier(Pick(s_functions), Chance(30)) });
        NodeList<Expression> arguments = List(0, 3, () => Expression(depth));
        bool distinct = arguments.Count > 0 && Chance(20);
        OrderBy? orderBy = arguments.Count > 0 && Chance(15) ? new OrderBy(List(1, 2, () => SortItem(depth))) : null;
        Expression? filter = Chance(15) ? Expression(depth) : null;
        WindowSpecificationOrReference? window = null;
        NullTreatment nulls = NullTreatment.Unspecified;
        if (Chance(20))
        {
            nulls = (NullTreatment)_random.Next(3);
            window = Chance(30) ? new WindowReference(PlainName()) : WindowSpecification(depth);
        }
        return new FunctionCall(name, distinct, arguments, filter, orderBy, window, nulls);
    }

    private Expression Leaf()
    {
        switch (_random.Next(12))
        {
            case 0:
            case 1:
            case 2:
                return Name();
            case 3:
                return new DereferenceExpression(Name(), Name());
            case 4:
                return new Parameter(_parameters++);
            case 5:
                return new CurrentTimeExpression((CurrentTimeKind)_random.Next(5), null) is var current && current.Kind != CurrentTimeKind.Date && Chance(50)
                    ? current with { Precision = _random.Next(0, 13) }
                    : current;
            case 6:
                return new CurrentSessionExpression((CurrentSessionKind)_random.Next(4));
            default:
                return Literal();
        }
    }

    private Expression Literal()
    {
        switch (_random.Next(11))
        {
            case 0: return new LongLiteral(Pick(new[] { "0", "1", "42", "2147483648", "9223372036854775807" }));
            case 1: return new DecimalLiteral(Pick(new[] { "1.5", ".5", "2.", "0.000", "123.456" }));
            case 2: return new DoubleLiteral(Pick(new[] { "1e10", "1.5E-3", ".5e+2", "2.E1" }));
            case 3: return Str();
            case 4: return new BooleanLiteral(Chance(50));
            case 5: return new NullLiteral();
            case 6: return new BinaryLiteral(Pick(new[] { "", "00", "0AFF", "DEADBEEF" }));
            case 7: return new GenericLiteral(Pick(s_typedLiterals), Pick(s_strings));
            case 8: return Interval();
            default: return new LongLiteral(_random.Next(0, 100).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private IntervalLiteral Interval()
    {
        var start = (IntervalField)_random.Next(6);
        IntervalField? end = Chance(30) ? (IntervalField)_random.Next(6) : null;
        return new IntervalLiteral(Pick(new[] { "1", "3", "1-2", "1 02:03:04" }), (IntervalSign)_random.Next(2), start, end);
    }

    // ---- types ----

    private DataType Type(int depth)
    {
        int next = depth + 1;
        switch (depth >= maxDepth ? _random.Next(4) : _random.Next(9))
        {
            case 0:
                return new GenericDataType(new Identifier(Pick(new[] { "bigint", "integer", "boolean", "date", "real", "double", "TEXT", "INTEGER", "uuid" }), false), NodeList<DataTypeParameter>.Empty);
            case 1:
                return new GenericDataType(new Identifier(Pick(new[] { "varchar", "char", "varbinary" }), false), Chance(50) ? new DataTypeParameter[] { new NumericParameter("10") } : NodeList<DataTypeParameter>.Empty);
            case 2:
                return new GenericDataType(new Identifier("decimal", false), new DataTypeParameter[] { new NumericParameter("12"), new NumericParameter("2") });
            case 3:
                return new DateTimeDataType((Manifold.Sql.Tree.DateTimeKind)_random.Next(2), Chance(50), Chance(50) ? new NumericParameter(_random.Next(0, 13).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null);
            case 4:
                return new GenericDataType(new Identifier("array", false), new DataTypeParameter[] { new TypeParameter(Type(next)) });
            case 5:
            {
                DataType key = Type(next);
                DataType value = Type(next);
                return new GenericDataType(new Identifier("map", false), new DataTypeParameter[] { new TypeParameter(key), new TypeParameter(value) });
            }
            case 6:
                return new RowDataType(List(1, 3, () =>
                {
                    Identifier? name = Chance(70) ? PlainName() : null;
                    return new RowDataTypeField(name, Type(next));
                }));
            case 7:
            {
                var from = (IntervalField)_random.Next(6);
                return new IntervalDataType(from, Chance(50) ? from : (IntervalField)_random.Next(6));
            }
            default:
                return new GenericDataType(new Identifier("my type", true), NodeList<DataTypeParameter>.Empty);
        }
    }
}
