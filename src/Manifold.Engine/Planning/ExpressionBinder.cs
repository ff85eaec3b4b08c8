using Manifold.Engine.Analysis;
using Manifold.Engine.Planning.Expressions;
using Manifold.Sql.Tree;
using BoundLogical = Manifold.Engine.Planning.Expressions.LogicalExpression;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using AstExpression = Manifold.Sql.Tree.Expression;
using AstNot = Manifold.Sql.Tree.NotExpression;
using AstCoalesce = Manifold.Sql.Tree.CoalesceExpression;
using AstTry = Manifold.Sql.Tree.TryExpression;
using AstSubscript = Manifold.Sql.Tree.SubscriptExpression;
using BoundNot = Manifold.Engine.Planning.Expressions.NotExpression;
using BoundCoalesce = Manifold.Engine.Planning.Expressions.CoalesceExpression;
using BoundTry = Manifold.Engine.Planning.Expressions.TryExpression;
using BoundSubscript = Manifold.Engine.Planning.Expressions.SubscriptExpression;

namespace Manifold.Engine.Planning;

/// <summary>Turns SQL expressions into typed <see cref="BoundExpression"/>s: resolves names against a scope, types
/// literals, resolves functions and operators with implicit coercions, and plans subqueries into applies.</summary>
internal sealed partial class ExpressionBinder(PlannerContext context, QueryPlanner queryPlanner)
{
    private const int MaxDepth = 800;
    private int _depth;

    /// <summary>The planner context.</summary>
    public PlannerContext Context => context;

    /// <summary>Binds an expression in a context.</summary>
    public BoundExpression Bind(AstExpression expression, BindingContext binding)
    {
        // The depth limit alone does not fit a small stack (a thread pool thread's, or a test's 1 MB): check the stack too.
        if (++_depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth = 0;
            throw new ManifoldException(StandardErrorCode.QueryTextTooLarge, "Expression is too deeply nested", At(expression));
        }
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            return BindCore(expression, binding);
        }
        finally
        {
            if (_depth > 0)
            {
                _depth--;
            }
        }
    }

    /// <summary>Binds a predicate and checks that it is boolean.</summary>
    public BoundExpression BindPredicate(AstExpression expression, BindingContext binding)
    {
        BoundExpression bound = Bind(expression, binding);
        return RequireBoolean(bound, binding.Clause, expression);
    }

    /// <summary>The location of a node, if known.</summary>
    public static SourceLocation? At(Node node) => node.Location.IsKnown ? new SourceLocation(node.Location.Line, node.Location.Column) : null;

    /// <summary>The expression coerced implicitly to <paramref name="type"/>.</summary>
    public static BoundExpression Coerce(BoundExpression expression, SqlType type)
    {
        if (expression.Type == type)
        {
            return expression;
        }
        if (expression is ConstantExpression { Value: null })
        {
            return ConstantExpression.Null(type);
        }
        return new CastExpression(expression, type, Safe: false);
    }

    /// <summary>Resolves a scalar function or operator and coerces the arguments to its bound types.</summary>
    public BoundExpression Call(string name, IReadOnlyList<BoundExpression> arguments, SourceLocation? location)
    {
        FunctionResolver.Resolution resolution = context.Functions.Resolve(name, arguments.Select(a => a.Type).ToArray(), FunctionKind.Scalar, location);
        var coerced = new BoundExpression[arguments.Count];
        for (int i = 0; i < coerced.Length; i++)
        {
            coerced[i] = Coerce(arguments[i], resolution.Binding.ArgumentTypes[i]);
        }
        var function = new ResolvedFunction(resolution.Binding, (IScalarFunction)resolution.Entry.Implementation, resolution.Entry.Attribute.Deterministic);
        return new CallExpression(function, coerced);
    }

    /// <summary>The equality operator for two values of one type.</summary>
    public ResolvedFunction EqualOperator(SqlType type, SourceLocation? location)
        => ((CallExpression)Call("$equal", [ConstantExpression.Null(type), ConstantExpression.Null(type)], location)).Function;

    private BoundExpression BindCore(AstExpression expression, BindingContext binding)
    {
        switch (expression)
        {
            case Identifier identifier:
                return ResolveName([identifier.Value], identifier, binding);
            case DereferenceExpression dereference:
                return BindDereference(dereference, binding);
            case NullLiteral:
                return ConstantExpression.Null(SqlType.Unknown);
            case BooleanLiteral boolean:
                return boolean.Value ? ConstantExpression.True : ConstantExpression.False;
            case LongLiteral or DecimalLiteral or DoubleLiteral or StringLiteral or BinaryLiteral or GenericLiteral or IntervalLiteral:
                return BindLiteral(expression);
            case Parameter parameter:
                if (parameter.Position >= context.Parameters.Count)
                {
                    throw new ManifoldException(StandardErrorCode.InvalidParameterUsage,
                        $"Incorrect number of parameters: expected at least {parameter.Position + 1} but found {context.Parameters.Count}", At(parameter));
                }
                return context.Parameters[parameter.Position];
            case ArithmeticBinaryExpression arithmetic:
                return Call(ArithmeticName(arithmetic.Operator), [Bind(arithmetic.Left, binding), Bind(arithmetic.Right, binding)], At(arithmetic));
            case ArithmeticUnaryExpression unary:
            {
                BoundExpression value = Bind(unary.Value, binding);
                if (unary.Sign == UnarySign.Minus)
                {
                    return Call("$negate", [value], At(unary));
                }
                if (!(value.Type.IsNumeric || value.Type.Kind is TypeKind.Unknown or TypeKind.IntervalDayToSecond or TypeKind.IntervalYearToMonth))
                {
                    throw new ManifoldException(StandardErrorCode.TypeMismatch, $"Cannot apply operator: +{value.Type.Name}", At(unary));
                }
                return value;
            }
            case ComparisonExpression comparison:
                return Call(ComparisonName(comparison.Operator), [Bind(comparison.Left, binding), Bind(comparison.Right, binding)], At(comparison));
            case Sql.Tree.LogicalExpression logical:
            {
                var terms = logical.Terms.Select(t => RequireBoolean(Bind(t, binding), "Logical operator", t)).ToArray();
                return logical.Operator == LogicalOperator.And ? BoundLogical.And(terms) : BoundLogical.Or(terms);
            }
            case AstNot not:
                return new BoundNot(RequireBoolean(Bind(not.Value, binding), "NOT", not.Value));
            case IsNullPredicate isNull:
                return new IsNullExpression(Bind(isNull.Value, binding));
            case IsNotNullPredicate isNotNull:
                return new BoundNot(new IsNullExpression(Bind(isNotNull.Value, binding)));
            case BetweenPredicate between:
                return BindBetween(between, binding);
            case InPredicate inPredicate:
                return inPredicate.ValueList is SubqueryExpression inSubquery
                    ? BindQuantified(inPredicate.Value, ComparisonOperator.Equal, all: false, inSubquery, binding, At(inPredicate))
                    : BindInList(inPredicate, binding);
            case LikePredicate like:
            {
                var arguments = new List<BoundExpression> { Bind(like.Value, binding), Bind(like.Pattern, binding) };
                if (like.Escape is not null)
                {
                    arguments.Add(Bind(like.Escape, binding));
                }
                return Call("$like", arguments, At(like));
            }
            case ExistsPredicate exists:
                return BindExists(exists, binding);
            case QuantifiedComparisonExpression quantified:
                return BindQuantified(quantified.Value, quantified.Operator, quantified.Quantifier == Quantifier.All, quantified.Subquery, binding, At(quantified));
            case SubqueryExpression scalarSubquery:
                return BindScalarSubquery(scalarSubquery, binding);
            case FunctionCall call:
                return BindFunctionCall(call, binding);
            case Cast cast:
                return BindCast(cast, binding);
            case SearchedCaseExpression searched:
                return BindSearchedCase(searched, binding);
            case SimpleCaseExpression simple:
                return BindSimpleCase(simple, binding);
            case IfExpression ifExpression:
            {
                BoundExpression condition = RequireBoolean(Bind(ifExpression.Condition, binding), "IF", ifExpression.Condition);
                BoundExpression whenTrue = Bind(ifExpression.TrueValue, binding);
                BoundExpression whenFalse = ifExpression.FalseValue is null ? ConstantExpression.Null(SqlType.Unknown) : Bind(ifExpression.FalseValue, binding);
                SqlType type = CommonType([whenTrue, whenFalse], "IF", ifExpression);
                return new CaseExpression([condition], [Coerce(whenTrue, type)], Coerce(whenFalse, type), type);
            }
            case AstCoalesce coalesce:
            {
                var operands = coalesce.Operands.Select(o => Bind(o, binding)).ToArray();
                SqlType type = CommonType(operands, "COALESCE", coalesce);
                return operands.Length == 1 ? Coerce(operands[0], type) : new BoundCoalesce(operands.Select(o => Coerce(o, type)).ToArray(), type);
            }
            case NullIfExpression nullIf:
            {
                BoundExpression first = Bind(nullIf.First, binding);
                BoundExpression second = Bind(nullIf.Second, binding);
                BoundExpression equal = Call("$equal", [first, second], At(nullIf));
                return new CaseExpression([equal], [ConstantExpression.Null(first.Type)], first, first.Type);
            }
            case AstTry tryExpression:
                return new BoundTry(Bind(tryExpression.Inner, binding));
            case ExtractExpression extract:
                return Call(ExtractFunction(extract), [Bind(extract.Value, binding)], At(extract));
            case CurrentTimeExpression current:
                return BindCurrentTime(current);
            case CurrentSessionExpression session:
                return session.Kind switch
                {
                    CurrentSessionKind.User => new ConstantExpression(context.Session.User, SqlType.Varchar),
                    CurrentSessionKind.Catalog => new ConstantExpression(context.Session.Catalog, SqlType.Varchar),
                    CurrentSessionKind.Schema => new ConstantExpression(context.Session.Schema, SqlType.Varchar),
                    CurrentSessionKind.Path => new ConstantExpression("", SqlType.Varchar),
                };
            case AtTimeZone atTimeZone:
            {
                BoundExpression value = Bind(atTimeZone.Value, binding);
                if (value.Type is TimestampType timestamp)
                {
                    value = Coerce(value, SqlType.CreateTimestampWithTimeZone(timestamp.Precision));
                }
                return Call("at_timezone", [value, Bind(atTimeZone.TimeZone, binding)], At(atTimeZone));
            }
            case ArrayConstructor array:
            {
                var elements = array.Values.Select(v => Bind(v, binding)).ToArray();
                SqlType elementType = CommonType(elements, "ARRAY", array);
                return new ArrayConstructorExpression(elements.Select(e => Coerce(e, elementType)).ToArray(), SqlType.CreateArray(elementType));
            }
            case RowConstructor row:
            {
                var fields = row.Values.Select(v => Bind(v, binding)).ToArray();
                return new RowConstructorExpression(fields, SqlType.CreateRow(fields.Select(f => new RowField(null, f.Type)).ToArray()));
            }
            case AstSubscript subscript:
                return BindSubscript(subscript, binding);
            case LambdaExpression lambda:
                throw new ManifoldException(StandardErrorCode.NotSupported, "Lambda expressions are not supported", At(lambda));
            case InListExpression list:
                throw new ManifoldException(StandardErrorCode.SyntaxError, "Value list is only allowed after IN", At(list));
            default:
                throw new ManifoldException(StandardErrorCode.NotSupported, $"Unsupported expression: {expression.GetType().Name}", At(expression));
        }
    }

    private BoundExpression ResolveName(IReadOnlyList<string> parts, AstExpression node, BindingContext binding)
    {
        if (parts.Count == 1 && binding.Aliases is { } aliases && aliases.TryGetValue(parts[0].ToLowerInvariant(), out BoundExpression? alias))
        {
            return alias;
        }
        Field? field = binding.Scope.TryResolve(parts, At(node));
        if (field is null)
        {
            throw new ManifoldException(StandardErrorCode.ColumnNotFound, $"Column '{string.Join('.', parts)}' cannot be resolved", At(node));
        }
        return new SymbolReference(field.Symbol);
    }

    private BoundExpression BindDereference(DereferenceExpression dereference, BindingContext binding)
    {
        if (QualifiedParts(dereference) is { } parts)
        {
            // Prefer a qualified column name (t.c, s.t.c); fall back to a row field access.
            Field? field = binding.Scope.TryResolve(parts, At(dereference));
            if (field is not null)
            {
                return new SymbolReference(field.Symbol);
            }
        }
        BoundExpression row;
        try
        {
            row = Bind(dereference.Base, binding);
        }
        catch (ManifoldException e) when (e.ErrorCode == StandardErrorCode.ColumnNotFound && QualifiedParts(dereference) is { } unresolved)
        {
            // Neither t.c nor a row t: name what was written, not just its first part.
            throw new ManifoldException(StandardErrorCode.ColumnNotFound, $"Column '{string.Join('.', unresolved)}' cannot be resolved", At(dereference));
        }
        if (row.Type is RowType rowType && rowType.IndexOf(dereference.Field.Value) is var index and >= 0)
        {
            return new FieldReferenceExpression(row, index, rowType.Fields[index].Type);
        }
        if (row.Type is RowType)
        {
            throw new ManifoldException(StandardErrorCode.ColumnNotFound, $"Column '{dereference.Field.Value}' cannot be resolved", At(dereference.Field));
        }
        throw new ManifoldException(StandardErrorCode.ColumnNotFound,
            $"Column '{string.Join('.', QualifiedParts(dereference) ?? [dereference.Field.Value])}' cannot be resolved", At(dereference));
    }

    /// <summary>The parts of a dotted name (a.b.c) when the expression is one.</summary>
    public static List<string>? QualifiedParts(AstExpression expression)
    {
        switch (expression)
        {
            case Identifier identifier:
                return [identifier.Value];
            case DereferenceExpression { Base: var inner } dereference when QualifiedParts(inner) is { } parts:
                parts.Add(dereference.Field.Value);
                return parts;
            default:
                return null;
        }
    }

    private BoundExpression BindBetween(BetweenPredicate between, BindingContext binding)
    {
        BoundExpression value = Bind(between.Value, binding);
        BoundExpression min = Bind(between.Min, binding);
        BoundExpression max = Bind(between.Max, binding);
        SqlType type = TypeCoercion.CommonSuperType([value.Type, min.Type, max.Type])
            ?? throw new ManifoldException(StandardErrorCode.TypeMismatch,
                $"Cannot check if {value.Type.Name} is BETWEEN {min.Type.Name} and {max.Type.Name}", At(between));
        value = Coerce(value, type);
        return BoundLogical.And([
            Call("$greater_than_or_equal", [value, Coerce(min, type)], At(between)),
            Call("$less_than_or_equal", [value, Coerce(max, type)], At(between)),
        ]);
    }

    private BoundExpression BindInList(InPredicate predicate, BindingContext binding)
    {
        BoundExpression value = Bind(predicate.Value, binding);
        var items = ((InListExpression)predicate.ValueList).Values.Select(v => Bind(v, binding)).ToArray();
        SqlType type = TypeCoercion.CommonSuperType(items.Select(i => i.Type).Prepend(value.Type))
            ?? throw new ManifoldException(StandardErrorCode.TypeMismatch,
                $"IN value and list items must be the same type: {value.Type.Name}", At(predicate));
        ResolvedFunction equal = EqualOperator(type, At(predicate));
        return new InExpression(Coerce(value, type), items.Select(i => Coerce(i, type)).ToArray(), equal);
    }

    private BoundExpression BindCast(Cast cast, BindingContext binding)
    {
        SqlType target = TypeResolver.Resolve(cast.Type);
        BoundExpression value = Bind(cast.Value, binding);
        if (value.Type == target)
        {
            return value;
        }
        if (value is ConstantExpression { Value: null })
        {
            return ConstantExpression.Null(target);
        }
        return new CastExpression(value, target, cast.Safe);
    }

    private BoundExpression BindSearchedCase(SearchedCaseExpression searched, BindingContext binding)
    {
        var conditions = searched.WhenClauses.Select(w => RequireBoolean(Bind(w.Operand, binding), "CASE WHEN", w.Operand)).ToArray();
        var results = searched.WhenClauses.Select(w => Bind(w.Result, binding)).ToList();
        BoundExpression? defaultValue = searched.DefaultValue is null ? null : Bind(searched.DefaultValue, binding);
        SqlType type = CommonType(defaultValue is null ? results : [.. results, defaultValue], "CASE", searched);
        return new CaseExpression(conditions, results.Select(r => Coerce(r, type)).ToArray(),
            defaultValue is null ? null : Coerce(defaultValue, type), type);
    }

    private BoundExpression BindSimpleCase(SimpleCaseExpression simple, BindingContext binding)
    {
        BoundExpression operand = Bind(simple.Operand, binding);
        var conditions = simple.WhenClauses.Select(w => Call("$equal", [operand, Bind(w.Operand, binding)], At(w))).ToArray();
        var results = simple.WhenClauses.Select(w => Bind(w.Result, binding)).ToList();
        BoundExpression? defaultValue = simple.DefaultValue is null ? null : Bind(simple.DefaultValue, binding);
        SqlType type = CommonType(defaultValue is null ? results : [.. results, defaultValue], "CASE", simple);
        return new CaseExpression(conditions, results.Select(r => Coerce(r, type)).ToArray(),
            defaultValue is null ? null : Coerce(defaultValue, type), type);
    }

    private BoundExpression BindSubscript(AstSubscript subscript, BindingContext binding)
    {
        BoundExpression value = Bind(subscript.Base, binding);
        BoundExpression index = Bind(subscript.Index, binding);
        switch (value.Type)
        {
            case ArrayType array:
                if (!(index.Type.IsIntegral || index.Type.Kind == TypeKind.Unknown))
                {
                    throw new ManifoldException(StandardErrorCode.TypeMismatch, $"Array subscript must be an integer: {index.Type.Name}", At(subscript.Index));
                }
                return new BoundSubscript(value, Coerce(index, SqlType.BigInt), array.Element);
            case MapType map:
                if (!TypeCoercion.CanCoerce(index.Type, map.Key))
                {
                    throw new ManifoldException(StandardErrorCode.TypeMismatch, $"Map key must be {map.Key.Name}: {index.Type.Name}", At(subscript.Index));
                }
                return new BoundSubscript(value, Coerce(index, map.Key), map.Value);
            case RowType row when index is ConstantExpression { Value: int or long } constant:
            {
                long position = Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (position < 1 || position > row.Fields.Count)
                {
                    throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, $"Invalid field index: {position}", At(subscript.Index));
                }
                return new FieldReferenceExpression(value, (int)position - 1, row.Fields[(int)position - 1].Type);
            }
            default:
                throw new ManifoldException(StandardErrorCode.TypeMismatch, $"Cannot use subscript on {value.Type.Name}", At(subscript));
        }
    }

    private BoundExpression BindCurrentTime(CurrentTimeExpression current)
    {
        string name = current.Kind switch
        {
            CurrentTimeKind.Date => "current_date",
            CurrentTimeKind.Time => "current_time",
            CurrentTimeKind.Timestamp => "current_timestamp",
            CurrentTimeKind.LocalTime => "localtime",
            CurrentTimeKind.LocalTimestamp => "localtimestamp",
        };
        BoundExpression call = Call(name, [], At(current));
        if (current.Precision is { } precision)
        {
            SqlType type = call.Type switch
            {
                TimestampType => SqlType.CreateTimestamp(precision),
                TimestampWithTimeZoneType => SqlType.CreateTimestampWithTimeZone(precision),
                TimeType => SqlType.CreateTime(precision),
                _ => call.Type,
            };
            return type == call.Type ? call : new CastExpression(call, type, Safe: false);
        }
        return call;
    }

    /// <summary>Checks a predicate is boolean (or NULL, which becomes a boolean NULL).</summary>
    public static BoundExpression RequireBoolean(BoundExpression expression, string clause, Node node)
    {
        if (expression.Type.Kind == TypeKind.Boolean)
        {
            return expression;
        }
        if (expression.Type.Kind == TypeKind.Unknown)
        {
            return Coerce(expression, SqlType.Boolean);
        }
        throw new ManifoldException(StandardErrorCode.TypeMismatch, $"{clause} must evaluate to a boolean: actual type {expression.Type.Name}", At(node));
    }

    private static SqlType CommonType(IReadOnlyList<BoundExpression> expressions, string what, Node node)
    {
        SqlType? type = TypeCoercion.CommonSuperType(expressions.Select(e => e.Type));
        if (type is null)
        {
            throw new ManifoldException(StandardErrorCode.TypeMismatch,
                $"All {what} results must be the same type or coercible to a common type. Cannot find common type between {string.Join(", ", expressions.Select(e => e.Type.Name).Distinct())}", At(node));
        }
        return type;
    }

    private static string ArithmeticName(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "$add",
        ArithmeticOperator.Subtract => "$subtract",
        ArithmeticOperator.Multiply => "$multiply",
        ArithmeticOperator.Divide => "$divide",
        ArithmeticOperator.Modulus => "$modulus",
    };

    /// <summary>The operator function of a comparison.</summary>
    public static string ComparisonName(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "$equal",
        ComparisonOperator.NotEqual => "$not_equal",
        ComparisonOperator.LessThan => "$less_than",
        ComparisonOperator.LessThanOrEqual => "$less_than_or_equal",
        ComparisonOperator.GreaterThan => "$greater_than",
        ComparisonOperator.GreaterThanOrEqual => "$greater_than_or_equal",
        ComparisonOperator.IsDistinctFrom => "$is_distinct_from",
    };

    private static string ExtractFunction(ExtractExpression extract) => extract.Field.ToUpperInvariant() switch
    {
        "YEAR" => "year",
        "QUARTER" => "quarter",
        "MONTH" => "month",
        "WEEK" => "week",
        "DAY" or "DAY_OF_MONTH" => "day",
        "DAY_OF_WEEK" or "DOW" => "day_of_week",
        "DAY_OF_YEAR" or "DOY" => "day_of_year",
        "YEAR_OF_WEEK" or "YOW" => "year_of_week",
        "HOUR" => "hour",
        "MINUTE" => "minute",
        "SECOND" => "second",
        "TIMEZONE_HOUR" => "timezone_hour",
        "TIMEZONE_MINUTE" => "timezone_minute",
        var other => throw new ManifoldException(StandardErrorCode.InvalidArguments, $"Invalid EXTRACT field: {other}", At(extract)),
    };
}
