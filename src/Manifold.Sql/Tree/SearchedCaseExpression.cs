namespace Manifold.Sql.Tree;

/// <summary>CASE WHEN c THEN r … [ELSE d] END.</summary>
/// <param name="WhenClauses">WhenClauses.</param>
/// <param name="DefaultValue">DefaultValue.</param>
public sealed record SearchedCaseExpression(NodeList<WhenClause> WhenClauses, Expression? DefaultValue) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
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
