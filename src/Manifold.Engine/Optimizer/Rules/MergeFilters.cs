using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Combines a filter over a filter into one.</summary>
/// <remarks>Before: Filter[a] -> Filter[b] -> X.   After: Filter[b AND a] -> X (inner conditions first, as they were evaluated).</remarks>
internal sealed class MergeFilters : IPlanRule
{
    public string Name => "merge_filters";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context) => node switch
    {
        FilterNode { Source: FilterNode child } parent => child with { Predicate = LogicalExpression.And([child.Predicate, parent.Predicate]) },
        _ => null,
    };
}
