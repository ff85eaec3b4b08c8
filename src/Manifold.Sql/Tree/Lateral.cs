namespace Manifold.Sql.Tree;

/// <summary>LATERAL (query).</summary>
/// <param name="Query">Query.</param>
public sealed record Lateral(Query Query) : Relation
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Query;
    }
}
