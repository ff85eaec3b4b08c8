using Manifold.Sql.Tree;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>ROW(a, b, …).</summary>
public sealed record RowConstructorExpression(NodeList<BoundExpression> Fields, RowType RowType) : BoundExpression(RowType)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => Fields;

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Fields = children.ToArray() };
}
