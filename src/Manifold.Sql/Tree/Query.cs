namespace Manifold.Sql.Tree;

/// <summary>A query: optional WITH, a body, and optional ORDER BY, OFFSET and LIMIT/FETCH.</summary>
/// <param name="With">With.</param>
/// <param name="Body">Body.</param>
/// <param name="OrderBy">OrderBy.</param>
/// <param name="Offset">Offset.</param>
/// <param name="Limit">Limit.</param>
public sealed record Query(With? With, QueryBody Body, OrderBy? OrderBy, Offset? Offset, LimitClause? Limit) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (With is not null)
        {
            yield return With;
        }
        yield return Body;
        if (OrderBy is not null)
        {
            yield return OrderBy;
        }
        if (Offset is not null)
        {
            yield return Offset;
        }
        if (Limit is not null)
        {
            yield return Limit;
        }
    }
}
