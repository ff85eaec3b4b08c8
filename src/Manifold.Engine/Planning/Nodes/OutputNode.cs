using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>The root of a query: names the result columns.</summary>
public sealed record OutputNode(PlanNode Source, NodeList<string> ColumnNames, NodeList<Symbol> Columns) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Columns;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
