using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>The first <see cref="Count"/> rows in the given order (ORDER BY … LIMIT n), without sorting everything.</summary>
public sealed record TopNNode(PlanNode Source, long Count, NodeList<SortKey> OrderBy) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Source.Outputs;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
