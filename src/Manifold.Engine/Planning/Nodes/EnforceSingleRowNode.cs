namespace Manifold.Engine.Planning.Nodes;

/// <summary>Passes one row; no row becomes one row of NULLs; more than one fails with SUBQUERY_MULTIPLE_ROWS.</summary>
public sealed record EnforceSingleRowNode(PlanNode Source) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Source.Outputs;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
