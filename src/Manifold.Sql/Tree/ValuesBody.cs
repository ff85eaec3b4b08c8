namespace Manifold.Sql.Tree;

/// <summary>VALUES row, row, …; each row is a RowConstructor or a single expression.</summary>
/// <param name="Rows">Rows.</param>
public sealed record ValuesBody(NodeList<Expression> Rows) : QueryBody
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Rows)
        {
            yield return item;
        }
    }
}
