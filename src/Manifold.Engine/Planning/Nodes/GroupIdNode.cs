using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>For GROUPING SETS / ROLLUP / CUBE: emits each input row once per grouping set, with the keys outside the set
/// set to NULL and <see cref="GroupIdSymbol"/> set to the set's index.</summary>
/// <param name="Source">The input.</param>
/// <param name="GroupingSets">Each set as indexes into <see cref="KeyOutputs"/>.</param>
/// <param name="KeyOutputs">The output symbol of each grouping key.</param>
/// <param name="KeyInputs">The input symbol of each grouping key (parallel to <see cref="KeyOutputs"/>).</param>
/// <param name="PassThrough">Input symbols copied unchanged (aggregate arguments).</param>
/// <param name="GroupIdSymbol">The bigint set index.</param>
public sealed record GroupIdNode(
    PlanNode Source, NodeList<NodeList<int>> GroupingSets, NodeList<Symbol> KeyOutputs, NodeList<Symbol> KeyInputs,
    NodeList<Symbol> PassThrough, Symbol GroupIdSymbol) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => KeyOutputs.Concat(PassThrough).Append(GroupIdSymbol).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
