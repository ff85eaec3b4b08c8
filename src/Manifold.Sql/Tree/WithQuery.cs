namespace Manifold.Sql.Tree;

/// <summary>One named query of WITH: name [(columns)] AS (query).</summary>
/// <param name="Name">Name.</param>
/// <param name="ColumnNames">ColumnNames.</param>
/// <param name="Query">Query.</param>
public sealed record WithQuery(Identifier Name, NodeList<Identifier>? ColumnNames, Query Query) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        if (ColumnNames is not null)
        {
            foreach (var item in ColumnNames)
            {
                yield return item;
            }
        }
        yield return Query;
    }
}
