namespace Manifold.Sql.Tree;

/// <summary>UPDATE table SET column = value, … [WHERE condition].</summary>
/// <param name="Table">Table.</param>
/// <param name="Assignments">Assignments.</param>
/// <param name="Where">Where.</param>
public sealed record UpdateStatement(QualifiedName Table, NodeList<UpdateAssignment> Assignments, Expression? Where) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Table;
        foreach (var item in Assignments)
        {
            yield return item;
        }
        if (Where is not null)
        {
            yield return Where;
        }
    }
}
