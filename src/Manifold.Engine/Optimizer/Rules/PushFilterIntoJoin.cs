using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Pushes filter conjuncts (and an inner join's own condition) to the join inputs they reference; conditions over
/// both sides of an inner join become its join condition.</summary>
/// <remarks>
/// Before: Filter[a.x = b.y AND a.z &gt; 1] -> Join[INNER](A, B).   After: Join[INNER, a.x = b.y](Filter[a.z &gt; 1] -> A, B).
/// For outer joins only conjuncts on the preserved side move below, and a LEFT join becomes INNER when a filter above it
/// rejects NULLs of the right side; an outer join's own ON conditions on the side that may go unmatched filter that side.
/// Semi, anti and mark joins take conjuncts on their left (probe) side.
/// </remarks>
internal sealed class PushFilterIntoJoin : IPlanRule
{
    public string Name => "push_filter_into_join";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is FilterNode { Source: JoinNode join } filter)
        {
            return Push(join, LogicalExpression.Conjuncts(filter.Predicate), filter);
        }
        if (node is JoinNode { Type: JoinType.Inner, Filter: { } condition } innerJoin)
        {
            // Conditions of an inner join that reference one side only move into that side.
            var conjuncts = LogicalExpression.Conjuncts(condition);
            var left = innerJoin.Left.Outputs.ToHashSet();
            var right = innerJoin.Right.Outputs.ToHashSet();
            if (conjuncts.Any(c => OneSide(c, left) || OneSide(c, right)))
            {
                return Push(innerJoin with { Filter = null }, conjuncts, null);
            }
        }
        if (node is JoinNode { Type: JoinType.Left or JoinType.Right, Filter: { } outerCondition } outerJoin)
        {
            return PushOuterJoinCondition(outerJoin, outerCondition);
        }
        return null;
    }

    /// <summary>An outer join's ON conditions that use only the side whose rows may go unmatched filter that side before
    /// the join: a row failing them never matches, which is what the condition said (LEFT JOIN orders o ON ... AND
    /// o.comment NOT LIKE '...' reads only the orders that pass).</summary>
    private static PlanNode? PushOuterJoinCondition(JoinNode join, BoundExpression condition)
    {
        PlanNode inner = join.Type == JoinType.Left ? join.Right : join.Left;
        var innerSymbols = inner.Outputs.ToHashSet();
        var conjuncts = LogicalExpression.Conjuncts(condition);
        var pushed = conjuncts.Where(c => ExpressionUtilities.Symbols(c).Count > 0 && OneSide(c, innerSymbols)).ToArray();
        if (pushed.Length == 0)
        {
            return null;
        }
        var kept = conjuncts.Where(c => !pushed.Contains(c)).ToArray();
        var filtered = new FilterNode(inner, LogicalExpression.And(pushed));
        return join with
        {
            Left = join.Type == JoinType.Left ? join.Left : filtered,
            Right = join.Type == JoinType.Left ? filtered : join.Right,
            Filter = kept.Length == 0 ? null : LogicalExpression.And(kept),
        };
    }

    private static bool OneSide(BoundExpression conjunct, HashSet<Symbol> side)
        => ExpressionUtilities.IsDeterministic(conjunct) && ExpressionUtilities.Symbols(conjunct).All(side.Contains);

    private static PlanNode? Push(JoinNode join, IReadOnlyList<BoundExpression> conjuncts, FilterNode? filter)
    {
        var leftSymbols = join.Left.Outputs.ToHashSet();
        var rightSymbols = join.Right.Outputs.ToHashSet();
        JoinType type = join.Type;
        if (type == JoinType.Left && filter is not null && conjuncts.Any(c => RejectsNulls(c, rightSymbols)))
        {
            type = JoinType.Inner;
        }
        else if (type == JoinType.Right && filter is not null && conjuncts.Any(c => RejectsNulls(c, leftSymbols)))
        {
            type = JoinType.Inner;
        }
        var toLeft = new List<BoundExpression>();
        var toRight = new List<BoundExpression>();
        var toJoin = new List<BoundExpression>();
        var kept = new List<BoundExpression>();
        foreach (BoundExpression conjunct in conjuncts)
        {
            var symbols = ExpressionUtilities.Symbols(conjunct);
            bool deterministic = ExpressionUtilities.IsDeterministic(conjunct);
            if (!deterministic || symbols.Count == 0)
            {
                kept.Add(conjunct);
            }
            else if (symbols.All(leftSymbols.Contains) && type is JoinType.Inner or JoinType.Left or JoinType.Semi or JoinType.Anti or JoinType.Mark)
            {
                if (type is JoinType.Mark && symbols.Contains(join.MarkSymbol!))
                {
                    kept.Add(conjunct);
                }
                else
                {
                    toLeft.Add(conjunct);
                }
            }
            else if (symbols.All(rightSymbols.Contains) && type is JoinType.Inner or JoinType.Right)
            {
                toRight.Add(conjunct);
            }
            else if (type == JoinType.Inner && symbols.All(s => leftSymbols.Contains(s) || rightSymbols.Contains(s)))
            {
                toJoin.Add(conjunct);
            }
            else
            {
                kept.Add(conjunct);
            }
        }
        if (toLeft.Count == 0 && toRight.Count == 0 && toJoin.Count == 0 && type == join.Type)
        {
            return null;
        }
        PlanNode left = toLeft.Count == 0 ? join.Left : new FilterNode(join.Left, LogicalExpression.And(toLeft));
        PlanNode right = toRight.Count == 0 ? join.Right : new FilterNode(join.Right, LogicalExpression.And(toRight));
        BoundExpression? joinFilter = toJoin.Count == 0 ? join.Filter : LogicalExpression.And(join.Filter is null ? toJoin : [join.Filter, .. toJoin]);
        PlanNode result = join with { Type = type, Left = left, Right = right, Filter = joinFilter };
        return kept.Count == 0 ? result : new FilterNode(result, LogicalExpression.And(kept));
    }

    /// <summary>Whether the conjunct is false or NULL whenever all of <paramref name="side"/>'s columns it uses are NULL
    /// (comparisons and most functions are; IS NULL, COALESCE, CASE and OR are not assumed to be).</summary>
    private static bool RejectsNulls(BoundExpression conjunct, HashSet<Symbol> side)
    {
        if (!ExpressionUtilities.Symbols(conjunct).Any(side.Contains))
        {
            return false;
        }
        return conjunct switch
        {
            CallExpression call when call.Function.Name is "$equal" or "$not_equal" or "$less_than" or "$less_than_or_equal"
                or "$greater_than" or "$greater_than_or_equal" or "$like"
                => call.Arguments.Any(a => ReturnsNullOnNull(a, side)),
            NotExpression { Value: IsNullExpression isNull } => ReturnsNullOnNull(isNull.Value, side),
            LogicalExpression { IsAnd: true } and => and.Terms.Any(t => RejectsNulls(t, side)),
            _ => false,
        };
    }

    private static bool ReturnsNullOnNull(BoundExpression expression, HashSet<Symbol> side) => expression switch
    {
        SymbolReference reference => side.Contains(reference.Symbol),
        CastExpression cast => ReturnsNullOnNull(cast.Value, side),
        CallExpression call when call.Function.Name.StartsWith('$') => call.Arguments.Any(a => ReturnsNullOnNull(a, side)),
        _ => false,
    };
}
