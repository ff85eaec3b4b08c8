using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Copies a filter above a UNION ALL into each input, renaming symbols per input.</summary>
/// <remarks>Before: Filter[x &gt; 1] -> Union(A, B).   After: Union(Filter[a.x &gt; 1] -> A, Filter[b.x &gt; 1] -> B).</remarks>
internal sealed class PushFilterThroughUnion : IPlanRule
{
    public string Name => "push_filter_through_union";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not FilterNode { Source: UnionNode union } filter || !ExpressionUtilities.IsDeterministic(filter.Predicate))
        {
            return null;
        }
        var inputs = new PlanNode[union.Inputs.Count];
        for (int i = 0; i < inputs.Length; i++)
        {
            var mapping = new Dictionary<Symbol, Symbol>();
            for (int c = 0; c < union.OutputSymbols.Count; c++)
            {
                mapping[union.OutputSymbols[c]] = union.InputSymbols[i][c];
            }
            inputs[i] = new FilterNode(union.Inputs[i], ExpressionUtilities.ReplaceSymbols(filter.Predicate, mapping));
        }
        return union with { Inputs = inputs };
    }
}
