namespace Manifold.Sql.Tree;

/// <summary>INSERT INTO target [(columns)] query (VALUES is a query).</summary>
/// <param name="Target">Target.</param>
/// <param name="Columns">Columns.</param>
/// <param name="Query">Query.</param>
public sealed record InsertStatement(QualifiedName Target, NodeList<Identifier>? Columns, Query Query) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Target;
        if (Columns is not null)
        {
            foreach (var item in Columns)
            {
                yield return item;
            }
        }
        yield return Query;
    }
}
