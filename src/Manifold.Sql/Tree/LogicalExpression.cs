namespace Manifold.Sql.Tree;

/// <summary>a AND b AND … or a OR b OR …; directly nested terms of the same operator are flattened.</summary>
/// <param name="Operator">Operator.</param>
/// <param name="Terms">Terms.</param>
public sealed record LogicalExpression(LogicalOperator Operator, NodeList<Expression> Terms) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Terms)
        {
            yield return item;
        }
    }
}
