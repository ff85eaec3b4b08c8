using System.Runtime.CompilerServices;
using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Formatting;

internal sealed partial class SqlWriter
{
    // Binding levels, loosest first; an operand below the level its position needs gets parentheses.
    private const int LambdaLevel = 0;
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int NotLevel = 3;
    private const int PredicateLevel = 4;
    private const int ValueLevel = 5;          // a value expression: what comparisons and BETWEEN take
    private const int AdditiveLevel = 6;
    private const int MultiplicativeLevel = 7;
    private const int UnaryLevel = 8;
    private const int AtTimeZoneLevel = 9;
    private const int PrimaryLevel = 10;

    private static int LevelOf(Expression expression) => expression switch
    {
        LambdaExpression => LambdaLevel,
        LogicalExpression { Operator: LogicalOperator.Or } => OrLevel,
        LogicalExpression => AndLevel,
        NotExpression not when IsNegatablePredicate(not.Value) => PredicateLevel,
        NotExpression => NotLevel,
        ComparisonExpression or IsNullPredicate or IsNotNullPredicate or BetweenPredicate or InPredicate
            or LikePredicate or QuantifiedComparisonExpression => PredicateLevel,
        ArithmeticBinaryExpression { Operator: ArithmeticOperator.Add or ArithmeticOperator.Subtract } => AdditiveLevel,
        ArithmeticBinaryExpression => MultiplicativeLevel,
        ArithmeticUnaryExpression => UnaryLevel,
        AtTimeZone => AtTimeZoneLevel,
        _ => PrimaryLevel,
    };

    /// <summary>Predicates that NOT can be written inside: x NOT BETWEEN, NOT IN, NOT LIKE, IS NOT DISTINCT FROM.</summary>
    private static bool IsNegatablePredicate(Expression expression)
        => expression is BetweenPredicate or InPredicate or LikePredicate
            or ComparisonExpression { Operator: ComparisonOperator.IsDistinctFrom };

    private void WriteExpression(Expression expression, int minimumLevel)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (LevelOf(expression) < minimumLevel)
        {
            Append('(');
            WriteExpressionCore(expression);
            Append(')');
        }
        else
        {
            WriteExpressionCore(expression);
        }
    }

    private void WriteExpressionCore(Expression expression)
    {
        switch (expression)
        {
            case Identifier identifier:
                WriteIdentifier(identifier);
                break;
            case LongLiteral literal:
                Append(literal.Text);
                break;
            case DecimalLiteral literal:
                Append(literal.Text);
                break;
            case DoubleLiteral literal:
                Append(literal.Text);
                break;
            case StringLiteral literal:
                WriteString(literal.Value);
                break;
            case BooleanLiteral literal:
                Append(literal.Value ? "TRUE" : "FALSE");
                break;
            case NullLiteral:
                Append("NULL");
                break;
            case BinaryLiteral literal:
                WriteBinaryLiteralExpression(literal);
                break;
            case GenericLiteral literal:
                WriteGenericLiteralExpression(literal);
                break;
            case IntervalLiteral interval:
                WriteInterval(interval);
                break;
            case Parameter:
                Append('?');
                break;
            case LogicalExpression logical:
                WriteLogicalExpression(logical);
                break;
            case NotExpression not:
                WriteNot(not);
                break;
            case ComparisonExpression comparison:
                WriteComparisonExpression(comparison);
                break;
            case QuantifiedComparisonExpression quantified:
                WriteQuantifiedComparisonExpression(quantified);
                break;
            case IsNullPredicate isNull:
                WriteIsNullPredicateExpression(isNull);
                break;
            case IsNotNullPredicate isNotNull:
                WriteIsNotNullPredicateExpression(isNotNull);
                break;
            case BetweenPredicate between:
                WriteBetween(between, negated: false);
                break;
            case InPredicate inPredicate:
                WriteIn(inPredicate, negated: false);
                break;
            case LikePredicate like:
                WriteLike(like, negated: false);
                break;
            case ArithmeticBinaryExpression binary:
                WriteArithmeticBinaryExpression(binary);
                break;
            case ArithmeticUnaryExpression unary:
                WriteArithmeticUnaryExpression(unary);
                break;
            case AtTimeZone atTimeZone:
                WriteAtTimeZoneExpression(atTimeZone);
                break;
            case SubscriptExpression subscript:
                WriteSubscriptExpression(subscript);
                break;
            case DereferenceExpression dereference:
                WriteDereferenceExpression(dereference);
                break;
            case FunctionCall call:
                WriteFunctionCall(call);
                break;
            case Cast cast:
                WriteCastExpression(cast);
                break;
            case ExtractExpression extract:
                WriteExtractExpression(extract);
                break;
            case SearchedCaseExpression searched:
                WriteSearchedCaseExpression(searched);
                break;
            case SimpleCaseExpression simple:
                WriteSimpleCaseExpression(simple);
                break;
            case IfExpression ifExpression:
                WriteIfExpression(ifExpression);
                break;
            case CoalesceExpression coalesce:
                WriteCoalesceExpression(coalesce);
                break;
            case NullIfExpression nullIf:
                WriteNullIfExpression(nullIf);
                break;
            case TryExpression tryExpression:
                WriteTryExpression(tryExpression);
                break;
            case CurrentTimeExpression current:
                WriteCurrentTimeExpression(current);
                break;
            case CurrentSessionExpression session:
                WriteCurrentSessionExpression(session);
                break;
            case ArrayConstructor array:
                WriteArrayConstructorExpression(array);
                break;
            case RowConstructor row:
                WriteRowConstructorExpression(row);
                break;
            case SubqueryExpression subquery:
                WriteParenthesizedQuery(subquery.Query);
                break;
            case ExistsPredicate exists:
                WriteExistsPredicateExpression(exists);
                break;
            case LambdaExpression lambda:
                WriteLambdaExpression(lambda);
                break;
            case InListExpression list:
                WriteExpressionList(list.Values);
                break;
            default:
                throw new ArgumentException("cannot format " + expression.GetType().Name, nameof(expression));
        }
    }

    private void WriteBinaryLiteralExpression(BinaryLiteral literal)
    {
        Append("X'");
        Append(literal.Hex);
        Append('\'');
    }

    private void WriteGenericLiteralExpression(GenericLiteral literal)
    {
        Append(SqlFormatter.IsPlainIdentifier(literal.Type) ? literal.Type : SqlFormatter.QuoteIdentifier(literal.Type));
        Append(' ');
        WriteString(literal.Value);
    }

    private void WriteLogicalExpression(LogicalExpression logical)
    {
        string separator = logical.Operator == LogicalOperator.And ? " AND " : " OR ";
        int termLevel = logical.Operator == LogicalOperator.And ? NotLevel : AndLevel;
        for (int i = 0; i < logical.Terms.Count; i++)
        {
            if (i > 0)
            {
                Append(separator);
            }
            WriteExpression(logical.Terms[i], termLevel);
        }
    }

    private void WriteComparisonExpression(ComparisonExpression comparison)
    {
        WriteExpression(comparison.Left, ValueLevel);
        Append(comparison.Operator switch
        {
            ComparisonOperator.Equal => " = ",
            ComparisonOperator.NotEqual => " <> ",
            ComparisonOperator.LessThan => " < ",
            ComparisonOperator.LessThanOrEqual => " <= ",
            ComparisonOperator.GreaterThan => " > ",
            ComparisonOperator.GreaterThanOrEqual => " >= ",
            ComparisonOperator.IsDistinctFrom => " IS DISTINCT FROM ",
        });
        WriteExpression(comparison.Right, ValueLevel);
    }

    private void WriteQuantifiedComparisonExpression(QuantifiedComparisonExpression quantified)
    {
        WriteExpression(quantified.Value, ValueLevel);
        Append(quantified.Operator switch
        {
            ComparisonOperator.Equal => " = ",
            ComparisonOperator.NotEqual => " <> ",
            ComparisonOperator.LessThan => " < ",
            ComparisonOperator.LessThanOrEqual => " <= ",
            ComparisonOperator.GreaterThan => " > ",
            ComparisonOperator.GreaterThanOrEqual => " >= ",
            ComparisonOperator.IsDistinctFrom => " IS DISTINCT FROM ",
        });
        Append(quantified.Quantifier switch
        {
            Quantifier.All => "ALL ",
            Quantifier.Any => "ANY ",
            Quantifier.Some => "SOME ",
        });
        WriteParenthesizedQuery(quantified.Subquery.Query);
    }

    private void WriteIsNullPredicateExpression(IsNullPredicate isNull)
    {
        WriteExpression(isNull.Value, ValueLevel);
        Append(" IS NULL");
    }

    private void WriteIsNotNullPredicateExpression(IsNotNullPredicate isNotNull)
    {
        WriteExpression(isNotNull.Value, ValueLevel);
        Append(" IS NOT NULL");
    }

    private void WriteArithmeticBinaryExpression(ArithmeticBinaryExpression binary)
    {
        int level = LevelOf(binary);
        WriteExpression(binary.Left, level);
        Append(binary.Operator switch
        {
            ArithmeticOperator.Add => " + ",
            ArithmeticOperator.Subtract => " - ",
            ArithmeticOperator.Multiply => " * ",
            ArithmeticOperator.Divide => " / ",
            ArithmeticOperator.Modulus => " % ",
        });
        WriteExpression(binary.Right, level + 1);
    }

    private void WriteArithmeticUnaryExpression(ArithmeticUnaryExpression unary)
    {
        Append(unary.Sign == UnarySign.Minus ? '-' : '+');
        // A nested sign gets parentheses: "--" would start a comment.
        WriteExpression(unary.Value, unary.Value is ArithmeticUnaryExpression ? PrimaryLevel : UnaryLevel);
    }

    private void WriteAtTimeZoneExpression(AtTimeZone atTimeZone)
    {
        WriteExpression(atTimeZone.Value, AtTimeZoneLevel);
        Append(" AT TIME ZONE ");
        WriteExpression(atTimeZone.TimeZone, PrimaryLevel);
    }

    private void WriteSubscriptExpression(SubscriptExpression subscript)
    {
        WriteExpression(subscript.Base, NeedsParenthesesAsBase(subscript.Base, subscript: true) ? int.MaxValue : PrimaryLevel);
        Append('[');
        WriteExpression(subscript.Index, ValueLevel);
        Append(']');
    }

    private void WriteDereferenceExpression(DereferenceExpression dereference)
    {
        WriteExpression(dereference.Base, NeedsParenthesesAsBase(dereference.Base, subscript: false) ? int.MaxValue : PrimaryLevel);
        Append('.');
        WriteIdentifier(dereference.Field);
    }

    private void WriteCastExpression(Cast cast)
    {
        Append(cast.Safe ? "TRY_CAST(" : "CAST(");
        WriteExpression(cast.Value, 0);
        Append(" AS ");
        WriteType(cast.Type);
        Append(')');
    }

    private void WriteExtractExpression(ExtractExpression extract)
    {
        Append("EXTRACT(");
        Append(extract.Field);
        Append(" FROM ");
        WriteExpression(extract.Value, ValueLevel);
        Append(')');
    }

    private void WriteSearchedCaseExpression(SearchedCaseExpression searched)
    {
        Append("CASE");
        WriteWhenClauses(searched.WhenClauses, searched.DefaultValue);
    }

    private void WriteSimpleCaseExpression(SimpleCaseExpression simple)
    {
        Append("CASE ");
        WriteExpression(simple.Operand, 0);
        WriteWhenClauses(simple.WhenClauses, simple.DefaultValue);
    }

    private void WriteIfExpression(IfExpression ifExpression)
    {
        Append("IF(");
        WriteExpression(ifExpression.Condition, 0);
        Append(", ");
        WriteExpression(ifExpression.TrueValue, 0);
        if (ifExpression.FalseValue is not null)
        {
            Append(", ");
            WriteExpression(ifExpression.FalseValue, 0);
        }
        Append(')');
    }

    private void WriteCoalesceExpression(CoalesceExpression coalesce)
    {
        Append("COALESCE");
        WriteExpressionList(coalesce.Operands);
    }

    private void WriteNullIfExpression(NullIfExpression nullIf)
    {
        Append("NULLIF(");
        WriteExpression(nullIf.First, 0);
        Append(", ");
        WriteExpression(nullIf.Second, 0);
        Append(')');
    }

    private void WriteTryExpression(TryExpression tryExpression)
    {
        Append("TRY(");
        WriteExpression(tryExpression.Inner, 0);
        Append(')');
    }

    private void WriteCurrentTimeExpression(CurrentTimeExpression current)
    {
        Append(current.Kind switch
        {
            CurrentTimeKind.Date => "CURRENT_DATE",
            CurrentTimeKind.Time => "CURRENT_TIME",
            CurrentTimeKind.Timestamp => "CURRENT_TIMESTAMP",
            CurrentTimeKind.LocalTime => "LOCALTIME",
            CurrentTimeKind.LocalTimestamp => "LOCALTIMESTAMP",
        });
        if (current.Precision is int precision)
        {
            Append('(');
            Append(precision.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Append(')');
        }
    }

    private void WriteCurrentSessionExpression(CurrentSessionExpression session)
    {
        Append(session.Kind switch
        {
            CurrentSessionKind.User => "CURRENT_USER",
            CurrentSessionKind.Catalog => "CURRENT_CATALOG",
            CurrentSessionKind.Schema => "CURRENT_SCHEMA",
            CurrentSessionKind.Path => "CURRENT_PATH",
        });
    }

    private void WriteArrayConstructorExpression(ArrayConstructor array)
    {
        Append("ARRAY[");
        for (int i = 0; i < array.Values.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }
            WriteExpression(array.Values[i], 0);
        }
        Append(']');
    }

    private void WriteRowConstructorExpression(RowConstructor row)
    {
        if (row.ExplicitRow || row.Values.Count < 2)
        {
            Append("ROW");
        }
        WriteExpressionList(row.Values);
    }

    private void WriteExistsPredicateExpression(ExistsPredicate exists)
    {
        Append("EXISTS ");
        WriteParenthesizedQuery(exists.Subquery.Query);
    }

    private void WriteLambdaExpression(LambdaExpression lambda)
    {
        if (lambda.Parameters.Count == 1)
        {
            WriteIdentifier(lambda.Parameters[0]);
        }
        else
        {
            WriteIdentifierList(lambda.Parameters);
        }
        Append(" -> ");
        WriteExpression(lambda.Body, 0);
    }

    /// <summary>Bases that would lex or parse differently without parentheses: literals (1.x), and a column named
    /// array before '[' (ARRAY[…]).</summary>
    private static bool NeedsParenthesesAsBase(Expression expression, bool subscript)
        => expression is LongLiteral or DecimalLiteral or DoubleLiteral
            || (subscript && expression is Identifier { Delimited: false } identifier
                && string.Equals(identifier.Value, "array", StringComparison.OrdinalIgnoreCase));

    private void WriteNot(NotExpression not)
    {
        switch (not.Value)
        {
            case BetweenPredicate between:
                WriteBetween(between, negated: true);
                break;
            case InPredicate inPredicate:
                WriteIn(inPredicate, negated: true);
                break;
            case LikePredicate like:
                WriteLike(like, negated: true);
                break;
            case ComparisonExpression { Operator: ComparisonOperator.IsDistinctFrom } distinct:
                WriteExpression(distinct.Left, ValueLevel);
                Append(" IS NOT DISTINCT FROM ");
                WriteExpression(distinct.Right, ValueLevel);
                break;
            default:
                Append("NOT ");
                WriteExpression(not.Value, NotLevel);
                break;
        }
    }

    private void WriteBetween(BetweenPredicate between, bool negated)
    {
        WriteExpression(between.Value, ValueLevel);
        Append(negated ? " NOT BETWEEN " : " BETWEEN ");
        WriteExpression(between.Min, ValueLevel);
        Append(" AND ");
        WriteExpression(between.Max, ValueLevel);
    }

    private void WriteIn(InPredicate inPredicate, bool negated)
    {
        WriteExpression(inPredicate.Value, ValueLevel);
        Append(negated ? " NOT IN " : " IN ");
        if (inPredicate.ValueList is SubqueryExpression subquery)
        {
            WriteParenthesizedQuery(subquery.Query);
        }
        else
        {
            WriteExpression(inPredicate.ValueList, PrimaryLevel);
        }
    }

    private void WriteLike(LikePredicate like, bool negated)
    {
        WriteExpression(like.Value, ValueLevel);
        Append(negated ? " NOT LIKE " : " LIKE ");
        WriteExpression(like.Pattern, ValueLevel);
        if (like.Escape is not null)
        {
            Append(" ESCAPE ");
            WriteExpression(like.Escape, ValueLevel);
        }
    }

    private void WriteInterval(IntervalLiteral interval)
    {
        Append("INTERVAL ");
        if (interval.Sign == IntervalSign.Negative)
        {
            Append('-');
        }
        WriteString(interval.Value);
        Append(' ');
        Append(FieldText(interval.StartField));
        if (interval.EndField is IntervalField end)
        {
            Append(" TO ");
            Append(FieldText(end));
        }
    }

    private static string FieldText(IntervalField field) => field switch
    {
        IntervalField.Year => "YEAR",
        IntervalField.Month => "MONTH",
        IntervalField.Day => "DAY",
        IntervalField.Hour => "HOUR",
        IntervalField.Minute => "MINUTE",
        IntervalField.Second => "SECOND",
    };

    private void WriteWhenClauses(NodeList<WhenClause> clauses, Expression? defaultValue)
    {
        foreach (WhenClause clause in clauses)
        {
            Append(' ');
            WriteWhen(clause);
        }
        if (defaultValue is not null)
        {
            Append(" ELSE ");
            WriteExpression(defaultValue, 0);
        }
        Append(" END");
    }

    private void WriteWhen(WhenClause clause)
    {
        Append("WHEN ");
        WriteExpression(clause.Operand, 0);
        Append(" THEN ");
        WriteExpression(clause.Result, 0);
    }

    private void WriteFunctionCall(FunctionCall call)
    {
        string? special = SpecialFunctionName(call);
        if (special == "normalize" && call.Arguments.Count is 1 or 2)
        {
            Append("NORMALIZE(");
            WriteExpression(call.Arguments[0], ValueLevel);
            if (call.Arguments.Count == 2)
            {
                Append(", ");
                Append(((StringLiteral)call.Arguments[1]).Value);
            }
            Append(')');
            return;
        }
        if (special == "trim" && call.Arguments.Count is 1 or 2)
        {
            Append("TRIM(");
            WriteExpression(call.Arguments[0], ValueLevel);
            if (call.Arguments.Count == 2)
            {
                Append(", ");
                WriteExpression(call.Arguments[1], ValueLevel);
            }
            Append(')');
            return;
        }
        if (special == "grouping" || IsListagg(call))
        {
            // Reserved words with their own syntax; the parser reads them back as this plain call.
            Append(call.Name.Parts[0].Value);
        }
        else
        {
            WriteName(call.Name);
        }
        Append('(');
        if (call.Arguments.Count == 0 && call.Name.Parts.Count == 1
            && string.Equals(call.Name.Parts[0].Value, "count", StringComparison.OrdinalIgnoreCase))
        {
            Append('*');
        }
        if (call.Distinct)
        {
            Append("DISTINCT ");
        }
        for (int i = 0; i < call.Arguments.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }
            WriteExpression(call.Arguments[i], 0);
        }
        if (call.OrderBy is not null)
        {
            Append(" ORDER BY ");
            WriteSortItems(call.OrderBy.Items);
        }
        Append(')');
        if (call.Filter is not null)
        {
            Append(" FILTER (WHERE ");
            WriteExpression(call.Filter, 0);
            Append(')');
        }
        if (call.NullTreatment != NullTreatment.Unspecified)
        {
            Append(call.NullTreatment == NullTreatment.Ignore ? " IGNORE NULLS" : " RESPECT NULLS");
        }
        if (call.Window is not null)
        {
            Append(" OVER ");
            switch (call.Window)
            {
                case WindowReference reference:
                    WriteIdentifier(reference.Name);
                    break;
                case WindowSpecification specification:
                    Append('(');
                    WriteWindowSpecification(specification);
                    Append(')');
                    break;
            }
        }
    }

    private static bool IsListagg(FunctionCall call)
        => call.Name.Parts.Count == 1 && !call.Name.Parts[0].Delimited && call.Window is null
            && call.NullTreatment == NullTreatment.Unspecified
            && string.Equals(call.Name.Parts[0].Value, "listagg", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lower-case name of a call spelled with a reserved keyword that has its own syntax (TRIM,
    /// NORMALIZE, GROUPING) when the call fits that syntax; otherwise null.</summary>
    private static string? SpecialFunctionName(FunctionCall call)
    {
        if (call.Name.Parts.Count != 1 || call.Name.Parts[0].Delimited || call.Distinct || call.Filter is not null
            || call.OrderBy is not null || call.Window is not null || call.NullTreatment != NullTreatment.Unspecified)
        {
            return null;
        }
        string name = call.Name.Parts[0].Value;
        if (string.Equals(name, "grouping", StringComparison.OrdinalIgnoreCase))
        {
            return "grouping";
        }
        if (name == "trim")
        {
            return "trim";
        }
        if (name == "normalize" && (call.Arguments.Count == 1
            || (call.Arguments.Count == 2 && call.Arguments[1] is StringLiteral { Value: "NFC" or "NFD" or "NFKC" or "NFKD" })))
        {
            return "normalize";
        }
        return null;
    }

    private void WriteWindowSpecification(WindowSpecification specification)
    {
        bool space = false;
        if (specification.ExistingWindowName is not null)
        {
            WriteIdentifier(specification.ExistingWindowName);
            space = true;
        }
        if (specification.PartitionBy.Count > 0)
        {
            Append(space ? " PARTITION BY " : "PARTITION BY ");
            for (int i = 0; i < specification.PartitionBy.Count; i++)
            {
                if (i > 0)
                {
                    Append(", ");
                }
                WriteExpression(specification.PartitionBy[i], 0);
            }
            space = true;
        }
        if (specification.OrderBy is not null)
        {
            Append(space ? " ORDER BY " : "ORDER BY ");
            WriteSortItems(specification.OrderBy.Items);
            space = true;
        }
        if (specification.Frame is not null)
        {
            if (space)
            {
                Append(' ');
            }
            WriteFrame(specification.Frame);
        }
    }

    private void WriteFrame(WindowFrame frame)
    {
        Append(frame.Type switch
        {
            FrameType.Rows => "ROWS ",
            FrameType.Range => "RANGE ",
            FrameType.Groups => "GROUPS ",
        });
        if (frame.End is null)
        {
            WriteFrameBound(frame.Start);
            return;
        }
        Append("BETWEEN ");
        WriteFrameBound(frame.Start);
        Append(" AND ");
        WriteFrameBound(frame.End);
    }

    private void WriteFrameBound(FrameBound bound)
    {
        switch (bound.Type)
        {
            case FrameBoundType.UnboundedPreceding:
                Append("UNBOUNDED PRECEDING");
                break;
            case FrameBoundType.UnboundedFollowing:
                Append("UNBOUNDED FOLLOWING");
                break;
            case FrameBoundType.CurrentRow:
                Append("CURRENT ROW");
                break;
            case FrameBoundType.Preceding:
                WriteExpression(bound.Offset!, 0);
                Append(" PRECEDING");
                break;
            case FrameBoundType.Following:
                WriteExpression(bound.Offset!, 0);
                Append(" FOLLOWING");
                break;
        }
    }
}
