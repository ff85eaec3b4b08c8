namespace Manifold.Sql.Tree;

/// <summary>SHOW SCHEMAS [FROM|IN catalog] [LIKE …].</summary>
/// <param name="Catalog">Catalog.</param>
/// <param name="LikePattern">LikePattern.</param>
/// <param name="Escape">Escape.</param>
public sealed record ShowSchemasStatement(Identifier? Catalog, StringLiteral? LikePattern, StringLiteral? Escape) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (Catalog is not null)
        {
            yield return Catalog;
        }
        if (LikePattern is not null)
        {
            yield return LikePattern;
        }
        if (Escape is not null)
        {
            yield return Escape;
        }
    }
}
