using Manifold.Sql.Tree;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>value IN (list): TRUE if equal to some item, else NULL if the value or some item is NULL, else FALSE.</summary>
/// <param name="Value">The probe value.</param>
/// <param name="Items">The list, coerced to the value's type.</param>
/// <param name="Equal">The equality operator for the common type.</param>
public sealed record InExpression(BoundExpression Value, NodeList<BoundExpression> Items, ResolvedFunction Equal) : BoundExpression(SqlType.Boolean)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => Items.Prepend(Value);

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children)
        => this with { Value = children[0], Items = children.Skip(1).ToArray() };
}
