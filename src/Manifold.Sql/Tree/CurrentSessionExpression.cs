namespace Manifold.Sql.Tree;

/// <summary>CURRENT_USER, CURRENT_CATALOG, CURRENT_SCHEMA, CURRENT_PATH.</summary>
/// <param name="Kind">Kind.</param>
public sealed record CurrentSessionExpression(CurrentSessionKind Kind) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
