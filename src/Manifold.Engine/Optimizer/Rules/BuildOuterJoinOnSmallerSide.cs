using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Builds the hash table of an outer join on its smaller side: a LEFT join whose right side is much larger runs
/// as a RIGHT join with the sides swapped (the preserved side becomes the build side, whose unmatched rows come out at the
/// end), and the other way round.</summary>
/// <remarks>Before: Join[LEFT](customer, orders).   After: Join[RIGHT](orders, customer). TPC-H Q13 then hashes 150 000
/// customers instead of 1.5 million orders.</remarks>
internal sealed class BuildOuterJoinOnSmallerSide : IPlanRule
{
    private const double Ratio = 2;

    public string Name => "build_outer_join_on_smaller_side";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not JoinNode { Type: JoinType.Left or JoinType.Right or JoinType.Full } join || join.Criteria.Count == 0)
        {
            return null;
        }
        if (context.Statistics.Rows(join.Left) * Ratio > context.Statistics.Rows(join.Right))
        {
            return null;
        }
        return join with
        {
            Type = join.Type == JoinType.Left ? JoinType.Right : join.Type == JoinType.Right ? JoinType.Left : JoinType.Full,
            Left = join.Right,
            Right = join.Left,
            Criteria = join.Criteria.Select(c => new EquiJoinClause(c.Right, c.Left)).ToArray(),
        };
    }
}
