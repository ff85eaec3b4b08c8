using Manifold.Engine.Planning.Expressions;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>Literal rows (VALUES, or a single empty row for SELECT without FROM).</summary>
public sealed record ValuesNode(NodeList<Symbol> OutputSymbols, NodeList<NodeList<BoundExpression>> Rows) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => OutputSymbols;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this;
}
