namespace Manifold.Sql.Tree;

/// <summary>x -&gt; body or (x, y) -&gt; body.</summary>
/// <param name="Parameters">Parameters.</param>
/// <param name="Body">Body.</param>
public sealed record LambdaExpression(NodeList<Identifier> Parameters, Expression Body) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Parameters)
        {
            yield return item;
        }
        yield return Body;
    }
}
