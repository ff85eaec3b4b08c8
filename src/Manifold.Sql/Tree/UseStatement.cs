namespace Manifold.Sql.Tree;

/// <summary>USE [catalog.]schema.</summary>
/// <param name="Catalog">Catalog.</param>
/// <param name="Schema">Schema.</param>
public sealed record UseStatement(Identifier? Catalog, Identifier Schema) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (Catalog is not null)
        {
            yield return Catalog;
        }
        yield return Schema;
    }
}
