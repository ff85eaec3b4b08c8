using Manifold.Engine.Planning.Expressions;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>Keeps the rows for which the predicate is TRUE.</summary>
public sealed record FilterNode(PlanNode Source, BoundExpression Predicate) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Source.Outputs;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
