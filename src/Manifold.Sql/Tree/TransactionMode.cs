namespace Manifold.Sql.Tree;

/// <summary>ISOLATION LEVEL … or READ ONLY / READ WRITE.</summary>
/// <param name="Kind">Kind.</param>
public sealed record TransactionMode(TransactionModeKind Kind) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
