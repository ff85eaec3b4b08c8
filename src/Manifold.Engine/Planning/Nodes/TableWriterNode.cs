using Manifold.Engine.Metadata;
using Manifold.Sql.Tree;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>Writes its input into a table (INSERT, CREATE TABLE AS) and outputs one row: the number of rows written.</summary>
/// <param name="Source">The rows to write; column i goes to <see cref="Columns"/>[i].</param>
/// <param name="Table">The target table.</param>
/// <param name="Columns">The target columns.</param>
/// <param name="RowCount">The bigint output.</param>
public sealed record TableWriterNode(PlanNode Source, TableHandle Table, NodeList<ConnectorColumnHandle> Columns, Symbol RowCount) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => [RowCount];

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
