namespace Manifold.Sql.Tree;

/// <summary>ORDER BY items.</summary>
/// <param name="Items">Items.</param>
public sealed record OrderBy(NodeList<SortItem> Items) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Items)
        {
            yield return item;
        }
    }
}
