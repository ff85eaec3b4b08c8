namespace Manifold.Sql.Tree;

/// <summary>FETCH FIRST|NEXT [n] ROW|ROWS ONLY|WITH TIES (count 1 when omitted).</summary>
/// <param name="RowCount">RowCount.</param>
/// <param name="WithTies">WithTies.</param>
public sealed record FetchFirst(Expression? RowCount, bool WithTies) : LimitClause
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
