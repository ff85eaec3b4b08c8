using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Shared pieces of the decorrelation rules: finding the correlated filter of a subquery and splitting it into
/// join criteria and a residual condition.</summary>
internal static class Decorrelation
{
    /// <summary>Every symbol referenced by the expressions of a plan (not counting the symbols it produces).</summary>
    public static HashSet<Symbol> ReferencedSymbols(PlanNode plan)
    {
        var symbols = new HashSet<Symbol>();
        PlanRewriter.RewriteExpressions(plan, e =>
        {
            ExpressionUtilities.Collect(e, symbols);
            return e;
        });
        foreach (PlanNode node in PlanRewriter.Nodes(plan))
        {
            switch (node)
            {
                case AggregationNode aggregation:
                    symbols.UnionWith(aggregation.GroupingKeys);
                    foreach (AggregateAssignment aggregate in aggregation.Aggregates)
                    {
                        symbols.UnionWith(aggregate.Call.Arguments);
                    }
                    break;
                case JoinNode join:
                    foreach (EquiJoinClause clause in join.Criteria)
                    {
                        symbols.Add(clause.Left);
                        symbols.Add(clause.Right);
                    }
                    break;
            }
        }
        return symbols;
    }

    /// <summary>Whether a plan references none of the given outer symbols.</summary>
    public static bool IsUncorrelated(PlanNode plan, IReadOnlyCollection<Symbol> correlation)
        => correlation.Count == 0 || !ReferencedSymbols(plan).Overlaps(correlation);

    /// <summary>The parts of a correlated filter: equalities outer = inner become criteria (inner expressions projected over
    /// <paramref name="inner"/>), conjuncts without outer symbols stay on the inner side, the rest form a residual condition.</summary>
    public sealed record Split(PlanNode Inner, List<EquiJoinClause> Criteria, BoundExpression? Residual);

    public static Split? SplitFilter(BoundExpression predicate, PlanNode inner, IReadOnlyCollection<Symbol> correlation, RuleContext context)
    {
        var correlated = correlation.ToHashSet();
        var innerSymbols = inner.Outputs.ToHashSet();
        var criteria = new List<EquiJoinClause>();
        var innerConjuncts = new List<BoundExpression>();
        var residual = new List<BoundExpression>();
        var projections = new List<Assignment>();
        foreach (BoundExpression conjunct in LogicalExpression.Conjuncts(predicate))
        {
            var symbols = ExpressionUtilities.Symbols(conjunct);
            if (!symbols.Overlaps(correlated))
            {
                innerConjuncts.Add(conjunct);
                continue;
            }
            if (!symbols.All(s => correlated.Contains(s) || innerSymbols.Contains(s)))
            {
                return null;
            }
            if (conjunct is CallExpression { Function.Name: "$equal", Arguments: [var a, var b] } && a.Type == b.Type)
            {
                var aSymbols = ExpressionUtilities.Symbols(a);
                var bSymbols = ExpressionUtilities.Symbols(b);
                (BoundExpression outer, BoundExpression innerSide)? pair =
                    a is SymbolReference { Symbol: var x } && correlated.Contains(x) && bSymbols.Count > 0 && bSymbols.All(innerSymbols.Contains) ? (a, b)
                    : b is SymbolReference { Symbol: var y } && correlated.Contains(y) && aSymbols.Count > 0 && aSymbols.All(innerSymbols.Contains) ? (b, a)
                    : null;
                if (pair is var (outerSide, innerExpression))
                {
                    Symbol innerSymbol = innerExpression is SymbolReference reference ? reference.Symbol : context.Symbols.New("corr", innerExpression.Type);
                    if (innerExpression is not SymbolReference)
                    {
                        projections.Add(new Assignment(innerSymbol, innerExpression));
                    }
                    criteria.Add(new EquiJoinClause(((SymbolReference)outerSide).Symbol, innerSymbol));
                    continue;
                }
            }
            residual.Add(conjunct);
        }
        PlanNode result = innerConjuncts.Count == 0 ? inner : new FilterNode(inner, LogicalExpression.And(innerConjuncts));
        if (projections.Count > 0)
        {
            result = new ProjectNode(result, result.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).Concat(projections).ToArray());
        }
        return new Split(result, criteria, residual.Count == 0 ? null : LogicalExpression.And(residual));
    }

    /// <summary>Projects the input so that <paramref name="expression"/> is available as a symbol.</summary>
    public static (PlanNode Plan, Symbol Symbol) EnsureSymbol(PlanNode plan, BoundExpression expression, RuleContext context)
    {
        if (expression is SymbolReference reference && plan.Outputs.Contains(reference.Symbol))
        {
            return (plan, reference.Symbol);
        }
        Symbol symbol = context.Symbols.New("value", expression.Type);
        var projected = new ProjectNode(plan, plan.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).Append(new Assignment(symbol, expression)).ToArray());
        return (projected, symbol);
    }
}
