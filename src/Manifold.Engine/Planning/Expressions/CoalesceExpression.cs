using Manifold.Sql.Tree;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>COALESCE: the first non-NULL operand; later operands are evaluated only where needed.</summary>
public sealed record CoalesceExpression(NodeList<BoundExpression> Operands, SqlType ResultType) : BoundExpression(ResultType)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => Operands;

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Operands = children.ToArray() };
}
