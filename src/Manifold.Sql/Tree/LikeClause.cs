namespace Manifold.Sql.Tree;

/// <summary>LIKE table [INCLUDING|EXCLUDING PROPERTIES].</summary>
/// <param name="Table">Table.</param>
/// <param name="IncludingProperties">IncludingProperties.</param>
public sealed record LikeClause(QualifiedName Table, bool? IncludingProperties) : TableElement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Table;
    }
}
