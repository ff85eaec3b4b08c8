using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Turns equality conjuncts between the two sides of a join's condition into hash join criteria, projecting
/// expressions to symbols where needed.</summary>
/// <remarks>Before: Join[filter = a.x + 1 = b.y AND a.z &lt; b.w].   After: Join[(a.x + 1) = b.y, filter = a.z &lt; b.w] with the
/// left input projecting x + 1. Only pairs of the same type are extracted (the planner coerces comparisons to one type).</remarks>
internal sealed class ExtractJoinCriteria : IPlanRule
{
    public string Name => "extract_join_criteria";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        // A correlated IN's comparison must stay in the filter: its NULLs decide the mark (see JoinNode.NullAwareFilter).
        if (node is not JoinNode { Filter: { } condition, NullAwareFilter: false } join)
        {
            return null;
        }
        var leftSymbols = join.Left.Outputs.ToHashSet();
        var rightSymbols = join.Right.Outputs.ToHashSet();
        var criteria = new List<EquiJoinClause>(join.Criteria);
        var remaining = new List<BoundExpression>();
        var leftProjections = new List<Assignment>();
        var rightProjections = new List<Assignment>();
        foreach (BoundExpression conjunct in LogicalExpression.Conjuncts(condition))
        {
            if (conjunct is CallExpression { Function.Name: "$equal", Arguments: [var first, var second] }
                && first.Type == second.Type
                && ExpressionUtilities.IsDeterministic(conjunct)
                && Sides(first, second, leftSymbols, rightSymbols) is var (leftExpression, rightExpression))
            {
                criteria.Add(new EquiJoinClause(
                    ToSymbol(leftExpression, leftProjections, context), ToSymbol(rightExpression, rightProjections, context)));
            }
            else
            {
                remaining.Add(conjunct);
            }
        }
        if (criteria.Count == join.Criteria.Count)
        {
            return null;
        }
        PlanNode left = WithProjections(join.Left, leftProjections);
        PlanNode right = WithProjections(join.Right, rightProjections);
        return join with
        {
            Left = left,
            Right = right,
            Criteria = criteria.ToArray(),
            Filter = remaining.Count == 0 ? null : LogicalExpression.And(remaining),
        };
    }

    private static (BoundExpression Left, BoundExpression Right)? Sides(
        BoundExpression first, BoundExpression second, HashSet<Symbol> left, HashSet<Symbol> right)
    {
        var a = ExpressionUtilities.Symbols(first);
        var b = ExpressionUtilities.Symbols(second);
        if (a.Count == 0 || b.Count == 0)
        {
            return null;
        }
        if (a.All(left.Contains) && b.All(right.Contains))
        {
            return (first, second);
        }
        if (a.All(right.Contains) && b.All(left.Contains))
        {
            return (second, first);
        }
        return null;
    }

    private static Symbol ToSymbol(BoundExpression expression, List<Assignment> projections, RuleContext context)
    {
        if (expression is SymbolReference reference)
        {
            return reference.Symbol;
        }
        Symbol symbol = context.Symbols.New("expr", expression.Type);
        projections.Add(new Assignment(symbol, expression));
        return symbol;
    }

    private static PlanNode WithProjections(PlanNode source, List<Assignment> projections)
        => projections.Count == 0
            ? source
            : new ProjectNode(source, source.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).Concat(projections).ToArray());
}
