using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Moves conjuncts that only use grouping keys below the aggregation, so fewer rows are aggregated.</summary>
/// <remarks>Before: Filter[k = 1 AND sum &gt; 5] -> Aggregate[keys = k].   After: Filter[sum &gt; 5] -> Aggregate[keys = k] -> Filter[k = 1].
/// Not for grouping sets (keys are NULL in some sets) or global aggregations.</remarks>
internal sealed class PushFilterThroughAggregation : IPlanRule
{
    public string Name => "push_filter_through_aggregation";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not FilterNode { Source: AggregationNode { GlobalGroupId: null } aggregation } filter
            || aggregation.GroupingKeys.Count == 0 || aggregation.Source is GroupIdNode)
        {
            return null;
        }
        var keys = aggregation.GroupingKeys.ToHashSet();
        var pushed = new List<BoundExpression>();
        var kept = new List<BoundExpression>();
        foreach (BoundExpression conjunct in LogicalExpression.Conjuncts(filter.Predicate))
        {
            var symbols = ExpressionUtilities.Symbols(conjunct);
            if (symbols.Count > 0 && symbols.All(keys.Contains) && ExpressionUtilities.IsDeterministic(conjunct))
            {
                pushed.Add(conjunct);
            }
            else
            {
                kept.Add(conjunct);
            }
        }
        if (pushed.Count == 0)
        {
            return null;
        }
        PlanNode result = aggregation with { Source = new FilterNode(aggregation.Source, LogicalExpression.And(pushed)) };
        return kept.Count == 0 ? result : new FilterNode(result, LogicalExpression.And(kept));
    }
}
