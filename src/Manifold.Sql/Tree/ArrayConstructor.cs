namespace Manifold.Sql.Tree;

/// <summary>ARRAY[a, b, …].</summary>
/// <param name="Values">Values.</param>
public sealed record ArrayConstructor(NodeList<Expression> Values) : Expression
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
