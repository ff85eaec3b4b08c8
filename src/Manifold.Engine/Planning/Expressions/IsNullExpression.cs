using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>value IS NULL (never NULL itself).</summary>
public sealed record IsNullExpression(BoundExpression Value) : BoundExpression(SqlType.Boolean)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => [Value];

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Value = children[0] };
}
