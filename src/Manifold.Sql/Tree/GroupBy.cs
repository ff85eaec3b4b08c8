namespace Manifold.Sql.Tree;

/// <summary>GROUP BY [DISTINCT|ALL] elements.</summary>
/// <param name="Distinct">Distinct.</param>
/// <param name="Elements">Elements.</param>
public sealed record GroupBy(bool Distinct, NodeList<GroupingElement> Elements) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Elements)
        {
            yield return item;
        }
    }
}
