using Manifold.Sql.Tree;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>ARRAY[a, b, …] with elements coerced to the element type.</summary>
public sealed record ArrayConstructorExpression(NodeList<BoundExpression> Elements, ArrayType ArrayType) : BoundExpression(ArrayType)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => Elements;

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Elements = children.ToArray() };
}
