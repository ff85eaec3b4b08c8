namespace Manifold.Sql.Tree;

/// <summary>(query) in FROM.</summary>
/// <param name="Query">Query.</param>
public sealed record TableSubquery(Query Query) : Relation
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Query;
    }
}
