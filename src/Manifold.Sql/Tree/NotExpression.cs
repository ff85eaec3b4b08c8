namespace Manifold.Sql.Tree;

/// <summary>NOT value.</summary>
/// <param name="Value">Value.</param>
public sealed record NotExpression(Expression Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
    }
}
