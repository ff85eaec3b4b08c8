using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Moves a semi, anti or mark join below an inner join when everything it reads from its probe side comes from one
/// input of that join, so rows are filtered before the join multiplies them.</summary>
/// <remarks>Before: Join[SEMI o.k = s.k](Join[INNER](L, O), S).   After: Join[INNER](L, Join[SEMI o.k = s.k](O, S)) (TPC-H
/// Q18: the few orders with a large quantity are found before joining six million line items). Not done when the inner
/// join is expected to produce fewer rows than that input has.</remarks>
internal sealed class PushSemiJoinBelowJoin : IPlanRule
{
    public string Name => "push_semi_join_below_join";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not JoinNode { Type: JoinType.Semi or JoinType.Anti or JoinType.Mark } semi)
        {
            return null;
        }
        // Look through a projection that only selects columns (join reordering and pruning leave those).
        JoinNode? inner = semi.Left switch
        {
            JoinNode { Type: JoinType.Inner } join => join,
            ProjectNode { IsIdentity: true, Source: JoinNode { Type: JoinType.Inner } join } => join,
            _ => null,
        };
        if (inner is null)
        {
            return null;
        }
        var probeSymbols = semi.Criteria.Select(c => c.Left).ToHashSet();
        if (semi.Filter is not null)
        {
            probeSymbols.UnionWith(ExpressionUtilities.Symbols(semi.Filter).Where(inner.Outputs.Contains));
        }
        var leftSymbols = inner.Left.Outputs.ToHashSet();
        var rightSymbols = inner.Right.Outputs.ToHashSet();
        bool toLeft = probeSymbols.All(leftSymbols.Contains);
        bool toRight = !toLeft && probeSymbols.All(rightSymbols.Contains);
        if (!toLeft && !toRight)
        {
            return null;
        }
        PlanNode side = toLeft ? inner.Left : inner.Right;
        // Only when the join does not already shrink that input: a selective join is better done first (TPC-H Q21).
        if (context.Statistics.Rows(inner) < context.Statistics.Rows(side))
        {
            return null;
        }
        var pushedOutputs = side.Outputs.ToList();
        if (semi.Type == JoinType.Mark)
        {
            pushedOutputs.Add(semi.MarkSymbol!);
        }
        var pushed = semi with { Left = side, OutputSymbols = pushedOutputs.ToArray() };
        var outputs = inner.OutputSymbols.Where(s => semi.OutputSymbols.Contains(s)).ToList();
        if (semi.Type == JoinType.Mark)
        {
            outputs.Add(semi.MarkSymbol!);
        }
        JoinNode result = toLeft
            ? inner with { Left = pushed, OutputSymbols = outputs.ToArray() }
            : inner with { Right = pushed, OutputSymbols = outputs.ToArray() };
        return result.Outputs.SequenceEqual(semi.Outputs)
            ? result
            : new ProjectNode(result, semi.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).ToArray());
    }
}
