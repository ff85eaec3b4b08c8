namespace Manifold.Sql.Tree;

/// <summary>IF(condition, true value [, false value]).</summary>
/// <param name="Condition">Condition.</param>
/// <param name="TrueValue">TrueValue.</param>
/// <param name="FalseValue">FalseValue.</param>
public sealed record IfExpression(Expression Condition, Expression TrueValue, Expression? FalseValue) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Condition;
        yield return TrueValue;
        if (FalseValue is not null)
        {
            yield return FalseValue;
        }
    }
}
