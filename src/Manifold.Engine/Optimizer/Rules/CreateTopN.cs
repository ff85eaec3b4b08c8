using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Turns ORDER BY … LIMIT n into a top-N, which keeps only n rows instead of sorting everything.</summary>
/// <remarks>Before: Limit[10] -> Sort[k] -> X.   After: TopN[10, k] -> X (an OFFSET stays as a Limit above a TopN of
/// offset + count rows).</remarks>
internal sealed class CreateTopN : IPlanRule
{
    public string Name => "create_top_n";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context) => node switch
    {
        LimitNode { Count: { } count, TiesOrderBy: null, Source: SortNode sort } limit when limit.Offset == 0
            => new TopNNode(sort.Source, count, sort.OrderBy),
        LimitNode { Count: { } count, TiesOrderBy: null, Source: SortNode sort } limit
            => limit with { Source = new TopNNode(sort.Source, count + limit.Offset, sort.OrderBy) },
        LimitNode { Count: { } count, TiesOrderBy: null, Source: ProjectNode { Source: SortNode sort } project } limit
            => limit with { Source = project with { Source = new TopNNode(sort.Source, count + limit.Offset, sort.OrderBy) } },
        _ => null,
    };
}
