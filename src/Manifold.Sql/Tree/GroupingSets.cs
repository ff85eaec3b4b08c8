namespace Manifold.Sql.Tree;

/// <summary>GROUPING SETS ((a, b), (a), ()).</summary>
/// <param name="Sets">Sets.</param>
public sealed record GroupingSets(NodeList<NodeList<Expression>> Sets) : GroupingElement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var list in Sets)
        {
            foreach (var item in list)
            {
                yield return item;
            }
        }
    }
}
