namespace Manifold.Engine.Planning.Expressions;

/// <summary>A reference to a column of the input.</summary>
public sealed record SymbolReference(Symbol Symbol) : BoundExpression(Symbol.Type)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => [];

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this;
}
