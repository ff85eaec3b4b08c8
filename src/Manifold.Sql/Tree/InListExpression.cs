namespace Manifold.Sql.Tree;

/// <summary>The parenthesized list of IN.</summary>
/// <param name="Values">Values.</param>
public sealed record InListExpression(NodeList<Expression> Values) : Expression
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
