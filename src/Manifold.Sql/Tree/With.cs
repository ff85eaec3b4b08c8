namespace Manifold.Sql.Tree;

/// <summary>The WITH clause.</summary>
/// <param name="Recursive">Recursive.</param>
/// <param name="Queries">Queries.</param>
public sealed record With(bool Recursive, NodeList<WithQuery> Queries) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Queries)
        {
            yield return item;
        }
    }
}
