using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer;

/// <summary>Adds to a filter or inner-join condition the single-column predicates that each branch of an OR implies, so
/// that they can move below joins even though the OR itself cannot.</summary>
/// <remarks>Before: Join[filter = (n1 = 'FRANCE' AND n2 = 'GERMANY') OR (n1 = 'GERMANY' AND n2 = 'FRANCE')].
/// After: the same join with also (n1 = 'FRANCE' OR n1 = 'GERMANY') AND (n2 = 'GERMANY' OR n2 = 'FRANCE'), which the
/// pushdown rules then move to the inputs that produce n1 and n2. The OR stays: the new predicates are implied by it,
/// not equivalent to it. A whole-plan pass, run once, because the added predicates would otherwise be derived again
/// every time they move away.</remarks>
internal static class InferPredicatesFromDisjunctions
{
    /// <summary>The plan with implied predicates added to every filter and inner-join condition.</summary>
    public static PlanNode Apply(PlanNode root) => PlanRewriter.RewriteNodes(root, node => node switch
    {
        FilterNode filter when Infer(filter.Predicate) is { } predicate => filter with { Predicate = predicate },
        JoinNode { Type: JoinType.Inner, Filter: { } condition } join when Infer(condition) is { } predicate => join with { Filter = predicate },
        _ => node,
    });

    /// <summary>The predicate with the implied conjuncts added, or null when there is nothing to add.</summary>
    private static BoundExpression? Infer(BoundExpression predicate)
    {
        var conjuncts = LogicalExpression.Conjuncts(predicate);
        var added = new List<BoundExpression>();
        foreach (BoundExpression conjunct in conjuncts)
        {
            if (conjunct is LogicalExpression { IsAnd: false } or && ExpressionUtilities.IsDeterministic(or))
            {
                foreach (BoundExpression implied in Implied(or.Terms))
                {
                    if (!conjuncts.Contains(implied) && !added.Contains(implied))
                    {
                        added.Add(implied);
                    }
                }
            }
        }
        return added.Count == 0 ? null : LogicalExpression.And([.. conjuncts, .. added]);
    }

    /// <summary>For each column that every disjunct constrains on its own, the OR of those constraints.</summary>
    private static IEnumerable<BoundExpression> Implied(IReadOnlyList<BoundExpression> disjuncts)
    {
        // Per disjunct: its single-column conjuncts, grouped by column.
        var perDisjunct = new List<Dictionary<Symbol, List<BoundExpression>>>();
        foreach (BoundExpression disjunct in disjuncts)
        {
            var byColumn = new Dictionary<Symbol, List<BoundExpression>>();
            foreach (BoundExpression conjunct in LogicalExpression.Conjuncts(disjunct))
            {
                var symbols = ExpressionUtilities.Symbols(conjunct);
                if (symbols.Count == 1)
                {
                    Symbol column = symbols.First();
                    if (!byColumn.TryGetValue(column, out var list))
                    {
                        byColumn[column] = list = [];
                    }
                    list.Add(conjunct);
                }
            }
            if (byColumn.Count == 0)
            {
                yield break;
            }
            perDisjunct.Add(byColumn);
        }
        foreach (Symbol column in perDisjunct[0].Keys)
        {
            if (perDisjunct.All(d => d.ContainsKey(column)))
            {
                yield return LogicalExpression.Or(perDisjunct.Select(d => LogicalExpression.And(d[column])).ToArray());
            }
        }
    }
}
