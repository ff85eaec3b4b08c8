using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Turns a correlated scalar subquery over a global aggregation into a grouped aggregation joined back to the
/// outer rows, as in TPC-H Q2, Q17 and Q20.</summary>
/// <remarks>
/// Before: Apply[SCALAR](Input, Project[0.2 * a] -> Aggregate[a := avg(x)] -> Filter[i.k = o.k AND p] -> X).
/// After: Project[0.2 * a] -> Join[LEFT, o.k = i.k](Input, Aggregate[keys = i.k, a := avg(x)] -> Filter[p] -> X).
/// Aggregates whose result over no rows is not NULL (count) are wrapped in COALESCE so outer rows without a match see it.
/// Only equality correlations are handled; others stay as a row-by-row apply.
/// </remarks>
internal sealed class DecorrelateScalarAggregation : IPlanRule
{
    public string Name => "decorrelate_scalar_aggregation";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not ApplyNode { Kind: ApplyKind.Scalar } apply || apply.Correlation.Count == 0)
        {
            return null;
        }
        BoundExpression result = new SymbolReference(apply.Subquery.Outputs[0]);
        PlanNode current = apply.Subquery;
        while (current is ProjectNode project)
        {
            result = ExpressionUtilities.ReplaceSymbols(result, project.Assignments.ToDictionary(a => a.Symbol, a => a.Expression));
            current = project.Source;
        }
        if (current is not AggregationNode { GroupingKeys.Count: 0, GlobalGroupId: null } aggregation
            || aggregation.Aggregates.Any(a => a.Call.Distinct || a.Call.OrderBy.Count > 0)
            || ExpressionUtilities.Symbols(result).Overlaps(apply.Correlation))
        {
            return null;
        }
        ProjectNode? preProjection = aggregation.Source as ProjectNode;
        PlanNode below = preProjection?.Source ?? aggregation.Source;
        if (below is not FilterNode filter || !Decorrelation.IsUncorrelated(filter.Source, apply.Correlation)
            || (preProjection is not null && preProjection.Assignments.Any(a => ExpressionUtilities.Symbols(a.Expression).Overlaps(apply.Correlation))))
        {
            return null;
        }
        Decorrelation.Split? split = Decorrelation.SplitFilter(filter.Predicate, filter.Source, apply.Correlation, context);
        if (split is null || split.Residual is not null || split.Criteria.Count == 0)
        {
            return null;
        }
        var innerKeys = split.Criteria.Select(c => c.Right).Distinct().ToArray();
        PlanNode source = preProjection is null
            ? split.Inner
            : preProjection with
            {
                Source = split.Inner,
                Assignments = preProjection.Assignments
                    .Concat(innerKeys.Where(k => preProjection.Assignments.All(a => a.Symbol != k)).Select(k => new Assignment(k, new SymbolReference(k))))
                    .ToArray(),
            };
        var grouped = new AggregationNode(source, innerKeys, aggregation.Aggregates);
        var join = new JoinNode(JoinType.Left, apply.Input, grouped, split.Criteria.ToArray(), null,
            apply.Input.Outputs.Concat(grouped.Outputs).ToArray());

        // Outer rows without matching inner rows must see each aggregate's value over no rows.
        var empty = new Dictionary<Symbol, BoundExpression>();
        foreach (AggregateAssignment assignment in aggregation.Aggregates)
        {
            object? value = EmptyValue(assignment.Call.Function);
            if (value is not null)
            {
                empty[assignment.Symbol] = new CoalesceExpression(
                    [new SymbolReference(assignment.Symbol), new ConstantExpression(value, assignment.Symbol.Type)], assignment.Symbol.Type);
            }
        }
        result = ExpressionUtilities.ReplaceSymbols(result, empty);
        return new ProjectNode(join,
            apply.Input.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).Append(new Assignment(apply.Output!, result)).ToArray());
    }

    private static object? EmptyValue(ResolvedAggregate function)
    {
        IGroupedAccumulator accumulator = function.Implementation.Specialize(function.Binding).Create();
        accumulator.EnsureCapacity(1);
        VectorBuilder builder = VectorBuilder.Create(function.Binding.ReturnType, 1);
        accumulator.Evaluate(0, builder);
        return builder.Build().GetObject(0);
    }
}
