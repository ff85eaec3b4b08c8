namespace Manifold.Sql.Tree;

/// <summary>CREATE [UNIQUE] INDEX name ON table (columns): not Trino; accepted for SQL written for other engines.</summary>
/// <param name="Name">Name.</param>
/// <param name="Table">Table.</param>
/// <param name="Columns">Columns.</param>
/// <param name="Unique">Unique.</param>
/// <param name="IfNotExists">IfNotExists.</param>
public sealed record CreateIndexStatement(Identifier Name, QualifiedName Table, NodeList<SortItem> Columns, bool Unique, bool IfNotExists) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        yield return Table;
        foreach (var item in Columns)
        {
            yield return item;
        }
    }
}
