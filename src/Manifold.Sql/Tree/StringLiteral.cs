namespace Manifold.Sql.Tree;

/// <summary>'text' (quotes already removed and '' unescaped).</summary>
/// <param name="Value">Value.</param>
public sealed record StringLiteral(string Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
