using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Removes nodes that do nothing: projections that only pass their input through unchanged, limits of zero rows
/// (replaced by an empty relation) and sorts under another sort.</summary>
/// <remarks>Before: Project[a := a, b := b] -> X(a, b).   After: X.</remarks>
internal sealed class RemoveRedundantNodes : IPlanRule
{
    public string Name => "remove_redundant_nodes";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context) => node switch
    {
        ProjectNode project when project.IsIdentity && project.Outputs.SequenceEqual(project.Source.Outputs) => project.Source,
        LimitNode { Count: 0 } limit => new ValuesNode(limit.Outputs.ToArray(), []),
        TopNNode { Count: 0 } topN => new ValuesNode(topN.Outputs.ToArray(), []),
        SortNode { Source: SortNode inner } outer => outer with { Source = inner.Source },
        ProjectNode { Source: ProjectNode inner } outer when CanMerge(outer, inner) => Merge(outer, inner),
        _ => null,
    };

    /// <summary>Merges two projections when the inner one only renames columns or computes cheap expressions used once.</summary>
    private static bool CanMerge(ProjectNode outer, ProjectNode inner)
    {
        var uses = new Dictionary<Planning.Symbol, int>();
        foreach (Assignment assignment in outer.Assignments)
        {
            foreach (Planning.Symbol symbol in ExpressionUtilities.Symbols(assignment.Expression))
            {
                uses[symbol] = uses.GetValueOrDefault(symbol) + 1;
            }
        }
        return inner.Assignments.All(a => a.Expression is SymbolReference or ConstantExpression
            || (uses.GetValueOrDefault(a.Symbol) <= 1 && ExpressionUtilities.IsDeterministic(a.Expression)));
    }

    private static ProjectNode Merge(ProjectNode outer, ProjectNode inner)
    {
        var mapping = inner.Assignments.ToDictionary(a => a.Symbol, a => a.Expression);
        return new ProjectNode(inner.Source,
            outer.Assignments.Select(a => a with { Expression = ExpressionUtilities.ReplaceSymbols(a.Expression, mapping) }).ToArray());
    }
}
