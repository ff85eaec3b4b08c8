namespace Manifold.Sql.Tree;

/// <summary>EXISTS (query).</summary>
/// <param name="Subquery">Subquery.</param>
public sealed record ExistsPredicate(SubqueryExpression Subquery) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Subquery;
    }
}
