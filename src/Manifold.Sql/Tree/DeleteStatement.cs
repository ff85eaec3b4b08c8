namespace Manifold.Sql.Tree;

/// <summary>DELETE FROM table [WHERE condition].</summary>
/// <param name="Table">Table.</param>
/// <param name="Where">Where.</param>
public sealed record DeleteStatement(QualifiedName Table, Expression? Where) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Table;
        if (Where is not null)
        {
            yield return Where;
        }
    }
}
