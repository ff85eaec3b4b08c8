namespace Manifold.Sql.Tree;

/// <summary>ROLLUP (a, b).</summary>
/// <param name="Expressions">Expressions.</param>
public sealed record Rollup(NodeList<Expression> Expressions) : GroupingElement
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
