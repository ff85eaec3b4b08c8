namespace Manifold.Sql.Tree;

/// <summary>A ? placeholder; positions count from 0 in text order.</summary>
/// <param name="Position">Position.</param>
public sealed record Parameter(int Position) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
