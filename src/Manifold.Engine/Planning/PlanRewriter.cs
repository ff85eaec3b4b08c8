using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Planning;

/// <summary>Rewrites plans: every expression a node holds, or every node bottom-up.</summary>
public static class PlanRewriter
{
    /// <summary>Applies <paramref name="rewrite"/> to every expression of every node (sources first).</summary>
    public static PlanNode RewriteExpressions(PlanNode node, Func<BoundExpression, BoundExpression> rewrite)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        PlanNode withSources = node.Sources.Count == 0
            ? node
            : node.WithSources(node.Sources.Select(s => RewriteExpressions(s, rewrite)).ToArray());
        return withSources switch
        {
            FilterNode filter => filter with { Predicate = rewrite(filter.Predicate) },
            ProjectNode project => project with
            {
                Assignments = project.Assignments.Select(a => a with { Expression = rewrite(a.Expression) }).ToArray(),
            },
            ValuesNode values => values with
            {
                Rows = values.Rows.Select(r => (Sql.Tree.NodeList<BoundExpression>)r.Select(rewrite).ToArray()).ToArray(),
            },
            JoinNode { Filter: { } joinFilter } join => join with { Filter = rewrite(joinFilter) },
            ApplyNode { Value: { } value } apply => apply with { Value = rewrite(value) },
            _ => withSources,
        };
    }

    /// <summary>Replaces symbols by constants in every expression (binding a correlated subquery to one outer row).</summary>
    public static PlanNode BindSymbols(PlanNode node, IReadOnlyDictionary<Symbol, object?> values)
    {
        var constants = values.ToDictionary(p => p.Key, p => (BoundExpression)new ConstantExpression(p.Value, p.Key.Type));
        return RewriteExpressions(node, e => ExpressionUtilities.ReplaceSymbols(e, constants));
    }

    /// <summary>Applies <paramref name="rewrite"/> to every node, sources first.</summary>
    public static PlanNode RewriteNodes(PlanNode node, Func<PlanNode, PlanNode> rewrite)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        PlanNode withSources = node.Sources.Count == 0
            ? node
            : node.WithSources(node.Sources.Select(s => RewriteNodes(s, rewrite)).ToArray());
        return rewrite(withSources);
    }

    /// <summary>Every node of the plan, parents before children.</summary>
    public static IEnumerable<PlanNode> Nodes(PlanNode root)
    {
        var stack = new Stack<PlanNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            PlanNode node = stack.Pop();
            yield return node;
            for (int i = node.Sources.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Sources[i]);
            }
        }
    }
}
