namespace Manifold.Sql.Tree;

/// <summary>LIMIT n, or LIMIT ALL when the count is null.</summary>
/// <param name="RowCount">RowCount.</param>
public sealed record Limit(Expression? RowCount) : LimitClause
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (RowCount is not null)
        {
            yield return RowCount;
        }
    }
}
