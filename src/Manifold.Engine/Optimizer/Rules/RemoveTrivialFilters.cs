using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Drops filters that are always TRUE and replaces filters that are never TRUE with an empty relation.</summary>
/// <remarks>Before: Filter[TRUE] -> X.   After: X.   Before: Filter[FALSE] -> X.   After: Values[0 rows].</remarks>
internal sealed class RemoveTrivialFilters : IPlanRule
{
    public string Name => "remove_trivial_filters";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context) => node switch
    {
        FilterNode { Predicate: ConstantExpression { Value: true } } filter => filter.Source,
        FilterNode { Predicate: ConstantExpression { Value: false or null } } filter => new ValuesNode(filter.Outputs.ToArray(), []),
        _ => null,
    };
}
