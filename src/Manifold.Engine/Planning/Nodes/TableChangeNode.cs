using Manifold.Engine.Metadata;
using Manifold.Sql.Tree;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>DELETE (no <see cref="Columns"/>) or UPDATE: applies its input rows, identified by <see cref="RowId"/>, to the
/// table, and outputs one row: the number of rows changed.</summary>
/// <param name="Source">Rows to change: the row id and, for UPDATE, the new values.</param>
/// <param name="Table">The table.</param>
/// <param name="RowId">The row-id symbol.</param>
/// <param name="Columns">UPDATE: the columns to set.</param>
/// <param name="Values">UPDATE: the symbols holding their new values.</param>
/// <param name="RowCount">The bigint output.</param>
public sealed record TableChangeNode(PlanNode Source, TableHandle Table, Symbol RowId, NodeList<ConnectorColumnHandle> Columns, NodeList<Symbol> Values, Symbol RowCount)
    : PlanNode
{
    /// <summary>True for DELETE.</summary>
    public bool IsDelete => Columns.Count == 0;

    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => [RowCount];

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
