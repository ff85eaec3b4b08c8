namespace Manifold.Sql.Tree;

/// <summary>Plain grouping expressions (or ordinals).</summary>
/// <param name="Expressions">Expressions.</param>
public sealed record SimpleGroupBy(NodeList<Expression> Expressions) : GroupingElement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Expressions)
        {
            yield return item;
        }
    }
}
