using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Turns correlated EXISTS and IN subqueries whose correlation sits in a filter into mark joins: equalities with
/// outer columns become join criteria, other correlated conditions the join condition.</summary>
/// <remarks>Before: Apply[EXISTS](Input, Filter[i.k = o.k AND i.x &lt;&gt; o.x] -> X).
/// After: Join[MARK, o.k = i.k, filter = i.x &lt;&gt; o.x](Input, X).</remarks>
internal sealed class DecorrelateExistsAndIn : IPlanRule
{
    public string Name => "decorrelate_exists_and_in";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not ApplyNode { Kind: ApplyKind.Exists or ApplyKind.Quantified } apply || apply.Correlation.Count == 0)
        {
            return null;
        }
        bool isIn = apply.Kind == ApplyKind.Quantified;
        if (isIn && (apply.Comparison!.Name != "$equal" || apply.All))
        {
            return null;
        }
        // Walk down projections to the correlated filter; for IN, remember how the subquery's column is computed.
        PlanNode current = apply.Subquery;
        BoundExpression? column = isIn ? new SymbolReference(apply.Subquery.Outputs[0]) : null;
        while (current is ProjectNode project)
        {
            if (column is not null)
            {
                column = ExpressionUtilities.ReplaceSymbols(column, project.Assignments.ToDictionary(a => a.Symbol, a => a.Expression));
            }
            current = project.Source;
        }
        if (current is not FilterNode filter || !Decorrelation.IsUncorrelated(filter.Source, apply.Correlation))
        {
            return null;
        }
        if (column is not null && ExpressionUtilities.Symbols(column).Overlaps(apply.Correlation))
        {
            return null;
        }
        Decorrelation.Split? split = Decorrelation.SplitFilter(filter.Predicate, filter.Source, apply.Correlation, context);
        if (split is null)
        {
            return null;
        }
        PlanNode input = apply.Input;
        PlanNode inner = split.Inner;
        var criteria = new List<EquiJoinClause>(split.Criteria);
        if (isIn)
        {
            (input, Symbol value) = Decorrelation.EnsureSymbol(input, apply.Value!, context);
            (inner, Symbol innerColumn) = Decorrelation.EnsureSymbol(inner, column!, context);
            criteria.Insert(0, new EquiJoinClause(value, innerColumn));
        }
        return new JoinNode(JoinType.Mark, input, inner, criteria.ToArray(), split.Residual,
            input.Outputs.Append(apply.Output!).ToArray(), apply.Output, NullAware: isIn);
    }
}
