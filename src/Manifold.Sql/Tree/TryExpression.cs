namespace Manifold.Sql.Tree;

/// <summary>TRY(expression).</summary>
/// <param name="Inner">Inner.</param>
public sealed record TryExpression(Expression Inner) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Inner;
    }
}
