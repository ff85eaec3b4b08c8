namespace Manifold.Sql.Tree;

/// <summary>+ value or - value.</summary>
/// <param name="Sign">Sign.</param>
/// <param name="Value">Value.</param>
public sealed record ArithmeticUnaryExpression(UnarySign Sign, Expression Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
    }
}
