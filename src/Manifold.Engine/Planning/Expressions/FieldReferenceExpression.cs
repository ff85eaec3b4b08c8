using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>Field <see cref="Index"/> of a row value (<c>r.x</c>); NULL when the row is NULL.</summary>
public sealed record FieldReferenceExpression(BoundExpression Row, int Index, SqlType FieldType) : BoundExpression(FieldType)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => [Row];

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Row = children[0] };
}
