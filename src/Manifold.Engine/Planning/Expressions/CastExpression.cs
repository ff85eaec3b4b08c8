using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>CAST(value AS type); TRY_CAST (and implicit coercions) when <see cref="Safe"/> gives NULL instead of failing.</summary>
public sealed record CastExpression(BoundExpression Value, SqlType TargetType, bool Safe) : BoundExpression(TargetType)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => [Value];

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Value = children[0] };
}
