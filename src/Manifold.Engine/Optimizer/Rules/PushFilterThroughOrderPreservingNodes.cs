using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Moves a filter below nodes it commutes with: sorts, unique-id assignment, and window functions when the filter
/// only uses partition keys.</summary>
/// <remarks>Before: Filter[p] -> Sort -> X.   After: Sort -> Filter[p] -> X.</remarks>
internal sealed class PushFilterThroughOrderPreservingNodes : IPlanRule
{
    public string Name => "push_filter_through_sort_and_window";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not FilterNode filter || !ExpressionUtilities.IsDeterministic(filter.Predicate))
        {
            return null;
        }
        switch (filter.Source)
        {
            case SortNode sort:
                return sort with { Source = new FilterNode(sort.Source, filter.Predicate) };
            case AssignUniqueIdNode unique when !ExpressionUtilities.Symbols(filter.Predicate).Contains(unique.IdSymbol):
                return unique with { Source = new FilterNode(unique.Source, filter.Predicate) };
            case WindowNode window:
            {
                var partition = window.PartitionBy.ToHashSet();
                var pushed = new List<BoundExpression>();
                var kept = new List<BoundExpression>();
                foreach (BoundExpression conjunct in LogicalExpression.Conjuncts(filter.Predicate))
                {
                    var symbols = ExpressionUtilities.Symbols(conjunct);
                    (symbols.Count > 0 && symbols.All(partition.Contains) ? pushed : kept).Add(conjunct);
                }
                if (pushed.Count == 0)
                {
                    return null;
                }
                PlanNode result = window with { Source = new FilterNode(window.Source, LogicalExpression.And(pushed)) };
                return kept.Count == 0 ? result : new FilterNode(result, LogicalExpression.And(kept));
            }
            default:
                return null;
        }
    }
}
