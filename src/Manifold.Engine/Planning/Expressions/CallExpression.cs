using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>A call of a scalar function or operator; arguments already have the bound types (casts inserted).</summary>
public sealed record CallExpression(ResolvedFunction Function, NodeList<BoundExpression> Arguments) : BoundExpression(Function.Binding.ReturnType)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => Arguments;

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Arguments = children.ToArray() };
}
