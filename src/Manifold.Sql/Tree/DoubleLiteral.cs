namespace Manifold.Sql.Tree;

/// <summary>A literal with an exponent, e.g. 1.5E3 (double).</summary>
/// <param name="Text">Text.</param>
public sealed record DoubleLiteral(string Text) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
