using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>array[index] (1-based; out of range fails) or map[key] (missing key fails), as in Trino.</summary>
public sealed record SubscriptExpression(BoundExpression Base, BoundExpression Index, SqlType ElementType) : BoundExpression(ElementType)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => [Base, Index];

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Base = children[0], Index = children[1] };
}
