using Manifold.Engine.Metadata;
using Manifold.Sql.Tree;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>Reads a table: <see cref="Columns"/>[i] becomes <see cref="OutputSymbols"/>[i].</summary>
/// <param name="Table">The table (its handle may carry pushed-down filters and limits).</param>
/// <param name="OutputSymbols">The produced columns.</param>
/// <param name="Columns">The connector's column handles, parallel to the symbols.</param>
/// <param name="PushedDown">What was pushed into the connector, for EXPLAIN (empty when nothing).</param>
public sealed record TableScanNode(TableHandle Table, NodeList<Symbol> OutputSymbols, NodeList<ConnectorColumnHandle> Columns, string PushedDown)
    : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => OutputSymbols;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this;
}
