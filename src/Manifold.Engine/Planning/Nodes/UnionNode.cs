using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>UNION ALL: the rows of every input; input i's column <c>InputSymbols[i][j]</c> becomes output j.</summary>
public sealed record UnionNode(NodeList<PlanNode> Inputs, NodeList<Symbol> OutputSymbols, NodeList<NodeList<Symbol>> InputSymbols) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => OutputSymbols;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => Inputs;

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Inputs = sources.ToArray() };
}
