namespace Manifold.Sql.Tree;

/// <summary>NULLIF(a, b).</summary>
/// <param name="First">First.</param>
/// <param name="Second">Second.</param>
public sealed record NullIfExpression(Expression First, Expression Second) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return First;
        yield return Second;
    }
}
