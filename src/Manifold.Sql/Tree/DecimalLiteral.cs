namespace Manifold.Sql.Tree;

/// <summary>A literal with a decimal point and no exponent, e.g. 1.50 (decimal in Trino).</summary>
/// <param name="Text">Text.</param>
public sealed record DecimalLiteral(string Text) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
