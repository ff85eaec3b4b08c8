namespace Manifold.Sql.Tree;

/// <summary>OFFSET n [ROW|ROWS].</summary>
/// <param name="RowCount">RowCount.</param>
public sealed record Offset(Expression RowCount) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return RowCount;
    }
}
