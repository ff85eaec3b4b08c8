namespace Manifold.Sql.Tree;

/// <summary>CASE operand WHEN v THEN r … [ELSE d] END.</summary>
/// <param name="Operand">Operand.</param>
/// <param name="WhenClauses">WhenClauses.</param>
/// <param name="DefaultValue">DefaultValue.</param>
public sealed record SimpleCaseExpression(Expression Operand, NodeList<WhenClause> WhenClauses, Expression? DefaultValue) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Operand;
        foreach (var item in WhenClauses)
        {
            yield return item;
        }
        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }
    }
}
