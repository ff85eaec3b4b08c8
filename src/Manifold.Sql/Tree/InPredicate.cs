namespace Manifold.Sql.Tree;

/// <summary>value IN (list) or value IN (subquery); the list is an InListExpression or a SubqueryExpression.</summary>
/// <param name="Value">Value.</param>
/// <param name="ValueList">ValueList.</param>
public sealed record InPredicate(Expression Value, Expression ValueList) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
        yield return ValueList;
    }
}
