using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>NOT value (NULL stays NULL).</summary>
public sealed record NotExpression(BoundExpression Value) : BoundExpression(SqlType.Boolean)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => [Value];

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Value = children[0] };
}
