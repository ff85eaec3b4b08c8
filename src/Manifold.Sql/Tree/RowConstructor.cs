namespace Manifold.Sql.Tree;

/// <summary>ROW(a, b) or (a, b).</summary>
/// <param name="Values">Values.</param>
/// <param name="ExplicitRow">ExplicitRow.</param>
public sealed record RowConstructor(NodeList<Expression> Values, bool ExplicitRow) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Values)
        {
            yield return item;
        }
    }
}
