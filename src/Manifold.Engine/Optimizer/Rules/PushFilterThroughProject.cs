using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Moves a filter below a projection by substituting the projected expressions into the predicate.</summary>
/// <remarks>Before: Filter[y &gt; 1] -> Project[y := x + 1] -> X.   After: Project[y := x + 1] -> Filter[x + 1 &gt; 1] -> X.
/// Conjuncts that use non-deterministic assignments stay above.</remarks>
internal sealed class PushFilterThroughProject : IPlanRule
{
    public string Name => "push_filter_through_project";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not FilterNode { Source: ProjectNode project } filter)
        {
            return null;
        }
        var mapping = project.Assignments.ToDictionary(a => a.Symbol, a => a.Expression);
        var pushed = new List<BoundExpression>();
        var kept = new List<BoundExpression>();
        foreach (BoundExpression conjunct in LogicalExpression.Conjuncts(filter.Predicate))
        {
            var symbols = ExpressionUtilities.Symbols(conjunct);
            bool deterministic = symbols.All(s => !mapping.TryGetValue(s, out BoundExpression? e) || ExpressionUtilities.IsDeterministic(e));
            if (deterministic && ExpressionUtilities.IsDeterministic(conjunct))
            {
                pushed.Add(ExpressionUtilities.ReplaceSymbols(conjunct, mapping));
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
        PlanNode result = project with { Source = new FilterNode(project.Source, LogicalExpression.And(pushed)) };
        return kept.Count == 0 ? result : new FilterNode(result, LogicalExpression.And(kept));
    }
}
