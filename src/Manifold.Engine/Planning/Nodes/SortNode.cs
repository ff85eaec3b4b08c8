using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>Sorts all rows.</summary>
public sealed record SortNode(PlanNode Source, NodeList<SortKey> OrderBy) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Source.Outputs;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
