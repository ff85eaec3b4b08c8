using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Computes a sub-expression that several columns of a projection share once, in a projection below.</summary>
/// <remarks>Before: Project[a := p * (1 - d), b := p * (1 - d) * (1 + t)].
/// After: Project[a := e, b := e * (1 + t)] -> Project[e := p * (1 - d), t := t]. (TPC-H Q1.) Only sub-expressions that
/// are always evaluated are shared: one inside a CASE branch, COALESCE, AND/OR or TRY may be skipped for a row, and
/// computing it anyway could raise an error the query would not have raised.</remarks>
internal sealed class ExtractCommonSubexpressions : IPlanRule
{
    public string Name => "extract_common_subexpressions";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not ProjectNode { Assignments.Count: >= 2 } project)
        {
            return null;
        }
        // In how many columns each candidate occurs (sharing within one column would be undone by merging projections).
        var counts = new Dictionary<BoundExpression, int>();
        var candidates = new HashSet<BoundExpression>();
        foreach (Assignment assignment in project.Assignments)
        {
            candidates.Clear();
            Collect(assignment.Expression, candidates);
            foreach (BoundExpression candidate in candidates)
            {
                counts[candidate] = counts.GetValueOrDefault(candidate) + 1;
            }
        }
        BoundExpression? common = null;
        int commonSize = 0;
        foreach ((BoundExpression expression, int count) in counts)
        {
            int size;
            if (count >= 2 && (size = Size(expression)) > commonSize)
            {
                (common, commonSize) = (expression, size);
            }
        }
        if (common is null)
        {
            return null;
        }
        Symbol shared = context.Symbols.New("expr", common.Type);
        var outer = project.Assignments
            .Select(a => a with { Expression = ExpressionUtilities.Rewrite(a.Expression, e => e.Equals(common) ? new SymbolReference(shared) : null) })
            .ToArray();
        var inputs = new HashSet<Symbol>();
        foreach (Assignment assignment in outer)
        {
            ExpressionUtilities.Collect(assignment.Expression, inputs);
        }
        inputs.Remove(shared);
        var inner = new List<Assignment> { new(shared, common) };
        inner.AddRange(project.Source.Outputs.Where(inputs.Contains).Select(s => new Assignment(s, new SymbolReference(s))));
        return project with { Source = new ProjectNode(project.Source, inner.ToArray()), Assignments = outer };
    }

    /// <summary>Collects the function calls and casts that are evaluated for every row (not under a conditional).</summary>
    private static void Collect(BoundExpression expression, HashSet<BoundExpression> candidates)
    {
        if (expression is not (CallExpression or CastExpression) || !ExpressionUtilities.IsDeterministic(expression))
        {
            return;
        }
        if (expression.Children.Any(c => c is not ConstantExpression))
        {
            candidates.Add(expression);
        }
        foreach (BoundExpression child in expression.Children)
        {
            Collect(child, candidates);
        }
    }

    private static int Size(BoundExpression expression)
    {
        int size = 1;
        foreach (BoundExpression child in expression.Children)
        {
            size += Size(child);
        }
        return size;
    }
}
