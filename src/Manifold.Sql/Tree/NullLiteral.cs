namespace Manifold.Sql.Tree;

/// <summary>NULL.</summary>

public sealed record NullLiteral() : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
