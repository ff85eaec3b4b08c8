namespace Manifold.Sql.Tree;

/// <summary>TRUE or FALSE.</summary>
/// <param name="Value">Value.</param>
public sealed record BooleanLiteral(bool Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
