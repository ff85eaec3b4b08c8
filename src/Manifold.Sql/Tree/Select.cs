namespace Manifold.Sql.Tree;

/// <summary>SELECT [DISTINCT|ALL] items.</summary>
/// <param name="Distinct">Distinct.</param>
/// <param name="Items">Items.</param>
public sealed record Select(bool Distinct, NodeList<SelectItem> Items) : Node
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
