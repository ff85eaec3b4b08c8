using System.Runtime.CompilerServices;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Formatting;

internal sealed partial class SqlWriter
{
    private void WriteQuery(Query query)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (query.With is not null)
        {
            WriteWith(query.With);
            NewLine();
        }
        WriteQueryBody(query.Body);
        if (query.OrderBy is not null)
        {
            NewLine();
            Append("ORDER BY ");
            WriteSortItems(query.OrderBy.Items);
        }
        if (query.Offset is not null)
        {
            NewLine();
            WriteOffset(query.Offset);
        }
        if (query.Limit is not null)
        {
            NewLine();
            WriteLimit(query.Limit);
        }
    }

    private void WriteWith(With with)
    {
        Append(with.Recursive ? "WITH RECURSIVE " : "WITH ");
        for (int i = 0; i < with.Queries.Count; i++)
        {
            if (i > 0)
            {
                Append(',');
                NewLine();
            }
            WriteWithQuery(with.Queries[i]);
        }
    }

    private void WriteWithQuery(WithQuery query)
    {
        WriteIdentifier(query.Name);
        if (query.ColumnNames is not null)
        {
            Append(' ');
            WriteIdentifierList(query.ColumnNames);
        }
        Append(" AS ");
        WriteParenthesizedQuery(query.Query);
    }

    /// <summary>( newline, the query indented, newline ).</summary>
    private void WriteParenthesizedQuery(Query query)
    {
        Append('(');
        _indent++;
        NewLine();
        WriteQuery(query);
        _indent--;
        NewLine();
        Append(')');
    }

    private void WriteOffset(Offset offset)
    {
        Append("OFFSET ");
        WriteExpression(offset.RowCount, 0);
        Append(" ROWS");
    }

    private void WriteLimit(LimitClause limit)
    {
        switch (limit)
        {
            case Limit plain:
                Append("LIMIT ");
                if (plain.RowCount is null)
                {
                    Append("ALL");
                }
                else
                {
                    WriteExpression(plain.RowCount, 0);
                }
                break;
            case FetchFirst fetch:
                Append("FETCH FIRST ");
                if (fetch.RowCount is not null)
                {
                    WriteExpression(fetch.RowCount, 0);
                    Append(' ');
                }
                Append(fetch.WithTies ? "ROWS WITH TIES" : "ROWS ONLY");
                break;
            default:
                throw new ArgumentException("cannot format " + limit.GetType().Name, nameof(limit));
        }
    }

    private void WriteSortItems(NodeList<SortItem> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }
            WriteSortItem(items[i]);
        }
    }

    private void WriteSortItem(SortItem item)
    {
        WriteExpression(item.Key, 0);
        if (item.Ordering == SortOrdering.Descending)
        {
            Append(" DESC");
        }
        Append(item.NullOrdering switch
        {
            NullOrdering.Undefined => "",
            NullOrdering.First => " NULLS FIRST",
            NullOrdering.Last => " NULLS LAST",
        });
    }

    private void WriteQueryBody(QueryBody body)
    {
        switch (body)
        {
            case QuerySpecification specification:
                WriteQuerySpecification(specification);
                break;
            case SetOperation operation:
                WriteSetOperand(operation.Left, operation.Kind, right: false);
                NewLine();
                Append(operation.Kind switch
                {
                    SetOperationKind.Union => "UNION",
                    SetOperationKind.Intersect => "INTERSECT",
                    SetOperationKind.Except => "EXCEPT",
                });
                if (!operation.Distinct)
                {
                    Append(" ALL");
                }
                NewLine();
                WriteSetOperand(operation.Right, operation.Kind, right: true);
                break;
            case ValuesBody values:
                Append("VALUES");
                _indent++;
                for (int i = 0; i < values.Rows.Count; i++)
                {
                    if (i > 0)
                    {
                        Append(',');
                    }
                    NewLine();
                    WriteExpression(values.Rows[i], 0);
                }
                _indent--;
                break;
            case TableBody table:
                Append("TABLE ");
                WriteName(table.Name);
                break;
            case SubqueryBody subquery:
                WriteParenthesizedQuery(subquery.Query);
                break;
            default:
                throw new ArgumentException("cannot format " + body.GetType().Name, nameof(body));
        }
    }

    /// <summary>A set operand; parenthesized only where the parser would otherwise group differently.</summary>
    private void WriteSetOperand(QueryBody operand, SetOperationKind parent, bool right)
    {
        // INTERSECT binds tighter than UNION and EXCEPT; all three are left-associative.
        bool parenthesize = operand is SetOperation child
            && (right
                ? !(child.Kind == SetOperationKind.Intersect && parent != SetOperationKind.Intersect)
                : parent == SetOperationKind.Intersect && child.Kind != SetOperationKind.Intersect);
        if (parenthesize)
        {
            WriteParenthesizedQuery(new Query(null, operand, null, null, null));
        }
        else
        {
            WriteQueryBody(operand);
        }
    }

    private void WriteQuerySpecification(QuerySpecification specification)
    {
        WriteSelect(specification.Select);
        if (specification.From is not null)
        {
            NewLine();
            Append("FROM");
            _indent++;
            NewLine();
            WriteRelation(specification.From);
            _indent--;
        }
        if (specification.Where is not null)
        {
            NewLine();
            Append("WHERE ");
            WriteExpression(specification.Where, 0);
        }
        if (specification.GroupBy is not null)
        {
            NewLine();
            Append("GROUP BY ");
            WriteGroupBy(specification.GroupBy);
        }
        if (specification.Having is not null)
        {
            NewLine();
            Append("HAVING ");
            WriteExpression(specification.Having, 0);
        }
        if (specification.Windows.Count > 0)
        {
            NewLine();
            Append("WINDOW ");
            for (int i = 0; i < specification.Windows.Count; i++)
            {
                if (i > 0)
                {
                    Append(", ");
                }
                WriteWindowDefinition(specification.Windows[i]);
            }
        }
    }

    private void WriteSelect(Select select)
    {
        Append(select.Distinct ? "SELECT DISTINCT" : "SELECT");
        _indent++;
        for (int i = 0; i < select.Items.Count; i++)
        {
            if (i > 0)
            {
                Append(',');
            }
            NewLine();
            WriteSelectItem(select.Items[i]);
        }
        _indent--;
    }

    private void WriteSelectItem(SelectItem item)
    {
        switch (item)
        {
            case SingleColumn column:
                WriteExpression(column.Expression, 0);
                if (column.Alias is not null)
                {
                    Append(" AS ");
                    WriteIdentifier(column.Alias);
                }
                break;
            case AllColumns all:
                if (all.Target is not null)
                {
                    WriteExpression(all.Target, PrimaryLevel);
                    Append('.');
                }
                Append('*');
                if (all.Aliases is not null)
                {
                    Append(" AS ");
                    WriteIdentifierList(all.Aliases);
                }
                break;
            default:
                throw new ArgumentException("cannot format " + item.GetType().Name, nameof(item));
        }
    }

    private void WriteGroupBy(GroupBy groupBy)
    {
        if (groupBy.Distinct)
        {
            Append("DISTINCT ");
        }
        for (int i = 0; i < groupBy.Elements.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }
            WriteGroupingElement(groupBy.Elements[i]);
        }
    }

    private void WriteGroupingElement(GroupingElement element)
    {
        switch (element)
        {
            case SimpleGroupBy simple:
                WriteGroupingSet(simple.Expressions);
                break;
            case Rollup rollup:
                Append("ROLLUP ");
                WriteExpressionList(rollup.Expressions);
                break;
            case Cube cube:
                Append("CUBE ");
                WriteExpressionList(cube.Expressions);
                break;
            case GroupingSets sets:
                Append("GROUPING SETS (");
                for (int i = 0; i < sets.Sets.Count; i++)
                {
                    if (i > 0)
                    {
                        Append(", ");
                    }
                    WriteGroupingSet(sets.Sets[i]);
                }
                Append(')');
                break;
            default:
                throw new ArgumentException("cannot format " + element.GetType().Name, nameof(element));
        }
    }

    /// <summary>One expression bare, several (or none) in parentheses, as the parser reads them back.</summary>
    private void WriteGroupingSet(NodeList<Expression> expressions)
    {
        if (expressions.Count == 1 && expressions[0] is not RowConstructor { ExplicitRow: false })
        {
            WriteExpression(expressions[0], 0);
        }
        else
        {
            WriteExpressionList(expressions);
        }
    }

    private void WriteExpressionList(NodeList<Expression> expressions)
    {
        Append('(');
        for (int i = 0; i < expressions.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }
            WriteExpression(expressions[i], 0);
        }
        Append(')');
    }

    private void WriteWindowDefinition(WindowDefinition definition)
    {
        WriteIdentifier(definition.Name);
        Append(" AS (");
        WriteWindowSpecification(definition.Specification);
        Append(')');
    }

    private void WriteRelation(Relation relation)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (relation)
        {
            case Table table:
                WriteName(table.Name);
                break;
            case AliasedRelation aliased:
                if (aliased.Relation is Join or AliasedRelation)
                {
                    Append('(');
                    WriteRelation(aliased.Relation);
                    Append(')');
                }
                else
                {
                    WriteRelation(aliased.Relation);
                }
                Append(" AS ");
                WriteIdentifier(aliased.Alias);
                if (aliased.ColumnNames is not null)
                {
                    Append(' ');
                    WriteIdentifierList(aliased.ColumnNames);
                }
                break;
            case Join join:
                WriteJoin(join);
                break;
            case TableSubquery subquery:
                WriteParenthesizedQuery(subquery.Query);
                break;
            case Lateral lateral:
                Append("LATERAL ");
                WriteParenthesizedQuery(lateral.Query);
                break;
            case Unnest unnest:
                Append("UNNEST");
                WriteExpressionList(unnest.Expressions);
                if (unnest.WithOrdinality)
                {
                    Append(" WITH ORDINALITY");
                }
                break;
            default:
                throw new ArgumentException("cannot format " + relation.GetType().Name, nameof(relation));
        }
    }

    private void WriteJoin(Join join)
    {
        WriteRelation(join.Left);
        if (join.Kind == JoinKind.Implicit)
        {
            Append(',');
            NewLine();
            WriteJoinRight(join.Right, parenthesize: join.Right is Join { Kind: JoinKind.Implicit });
            return;
        }
        NewLine();
        if (join.Criteria is NaturalJoin)
        {
            Append("NATURAL ");
        }
        Append(join.Kind switch
        {
            JoinKind.Inner => "JOIN ",
            JoinKind.Left => "LEFT JOIN ",
            JoinKind.Right => "RIGHT JOIN ",
            JoinKind.Full => "FULL JOIN ",
            JoinKind.Cross => "CROSS JOIN ",
            JoinKind.Implicit => ", ",
        });
        WriteJoinRight(join.Right, parenthesize: join.Right is Join);
        if (join.Criteria is JoinOn or JoinUsing)
        {
            Append(' ');
            WriteJoinCriteria(join.Criteria);
        }
    }

    private void WriteJoinRight(Relation right, bool parenthesize)
    {
        if (!parenthesize)
        {
            WriteRelation(right);
            return;
        }
        Append('(');
        _indent++;
        NewLine();
        WriteRelation(right);
        _indent--;
        NewLine();
        Append(')');
    }

    private void WriteJoinCriteria(JoinCriteria criteria)
    {
        switch (criteria)
        {
            case JoinOn on:
                Append("ON ");
                WriteExpression(on.Condition, 0);
                break;
            case JoinUsing usingColumns:
                Append("USING ");
                WriteIdentifierList(usingColumns.Columns);
                break;
            case NaturalJoin:
                Append("NATURAL");
                break;
            default:
                throw new ArgumentException("cannot format " + criteria.GetType().Name, nameof(criteria));
        }
    }
}
