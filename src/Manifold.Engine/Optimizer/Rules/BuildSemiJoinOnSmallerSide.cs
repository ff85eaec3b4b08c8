using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Runs a semi or anti join whose kept side is much smaller than its filtering side the other way round: the hash
/// table is built on the small side and the large side streams through it, marking matches.</summary>
/// <remarks>Before: Join[SEMI](Small, Large).   After: Join[RIGHT SEMI](Large, Small). TPC-H Q4, Q21 and Q22 keep a few
/// thousand orders or customers out of millions of line items or orders.</remarks>
internal sealed class BuildSemiJoinOnSmallerSide : IPlanRule
{
    private const double Ratio = 4;

    public string Name => "build_semi_join_on_smaller_side";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not JoinNode { Type: JoinType.Semi or JoinType.Anti, NullAware: false } join || join.Criteria.Count == 0)
        {
            return null;
        }
        if (context.Statistics.Rows(join.Left) * Ratio > context.Statistics.Rows(join.Right))
        {
            return null;
        }
        return join with
        {
            Type = join.Type == JoinType.Semi ? JoinType.RightSemi : JoinType.RightAnti,
            Left = join.Right,
            Right = join.Left,
            Criteria = join.Criteria.Select(c => new EquiJoinClause(c.Right, c.Left)).ToArray(),
        };
    }
}
