using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Turns correlated EXISTS and IN subqueries whose correlation sits in a filter into mark joins: equalities with
/// outer columns become join criteria, other correlated conditions the join condition.</summary>
/// <remarks>Before: Apply[EXISTS](Input, Filter[i.k = o.k AND i.x &lt;&gt; o.x] -> X).
/// After: Join[MARK, o.k = i.k, filter = i.x &lt;&gt; o.x](Input, X).
/// For o.v IN (SELECT i.c ... WHERE i.k = o.k AND r): Join[MARK, o.k = i.k, filter = coalesce(r, false) AND o.v = i.c,
/// null-aware through the filter], so that NULLs count only among the rows of each outer row's subquery.</remarks>
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
        BoundExpression? condition = split.Residual;
        if (isIn)
        {
            // The correlation's equalities are the keys; the IN comparison goes into the filter, so that only rows of this
            // outer row's subquery (the residual TRUE, not NULL) can make the mark NULL.
            (input, Symbol value) = Decorrelation.EnsureSymbol(input, apply.Value!, context);
            (inner, Symbol innerColumn) = Decorrelation.EnsureSymbol(inner, column!, context);
            BoundExpression comparison = new CallExpression(apply.Comparison!, [new SymbolReference(value), new SymbolReference(innerColumn)]);
            condition = condition is null
                ? comparison
                : LogicalExpression.And([new CoalesceExpression([condition, new ConstantExpression(false, Spi.Types.SqlType.Boolean)], Spi.Types.SqlType.Boolean), comparison]);
        }
        return new JoinNode(JoinType.Mark, input, inner, criteria.ToArray(), condition,
            input.Outputs.Append(apply.Output!).ToArray(), apply.Output, NullAware: isIn, NullAwareFilter: isIn);
    }
}
