namespace Manifold.Sql.Tree;

/// <summary>(query) used as a value.</summary>
/// <param name="Query">Query.</param>
public sealed record SubqueryExpression(Query Query) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Query;
    }
}
