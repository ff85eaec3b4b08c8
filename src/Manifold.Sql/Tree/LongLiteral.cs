namespace Manifold.Sql.Tree;

/// <summary>An integer literal as written (integer if it fits in 32 bits, else bigint).</summary>
/// <param name="Text">Text.</param>
public sealed record LongLiteral(string Text) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
