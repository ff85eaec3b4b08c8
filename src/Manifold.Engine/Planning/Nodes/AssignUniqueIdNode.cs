namespace Manifold.Engine.Planning.Nodes;

/// <summary>Adds a bigint column unique per row (used to decorrelate subqueries).</summary>
public sealed record AssignUniqueIdNode(PlanNode Source, Symbol IdSymbol) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Source.Outputs.Append(IdSymbol).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
