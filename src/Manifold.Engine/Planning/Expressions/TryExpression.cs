namespace Manifold.Engine.Planning.Expressions;

/// <summary>TRY(inner): rows whose evaluation fails with a user error (division by zero, bad cast, bad argument, overflow)
/// give NULL instead.</summary>
public sealed record TryExpression(BoundExpression Inner) : BoundExpression(Inner.Type)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => [Inner];

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Inner = children[0] };
}
