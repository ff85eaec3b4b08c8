using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>Skips <see cref="Offset"/> rows, then passes at most <see cref="Count"/> (all when null). With
/// <see cref="TiesOrderBy"/>, rows equal to the last one on those keys are passed too (FETCH … WITH TIES; input sorted).</summary>
public sealed record LimitNode(PlanNode Source, long? Count, long Offset, NodeList<SortKey>? TiesOrderBy = null) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Source.Outputs;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
