namespace Manifold.Sql.Tree;

/// <summary>A parenthesized query used as a query body, e.g. inside a set operation.</summary>
/// <param name="Query">Query.</param>
public sealed record SubqueryBody(Query Query) : QueryBody
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Query;
    }
}
