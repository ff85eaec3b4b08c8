namespace Manifold.Sql.Tree;

/// <summary>SELECT … FROM … WHERE … GROUP BY … HAVING … WINDOW ….</summary>
/// <param name="Select">Select.</param>
/// <param name="From">From.</param>
/// <param name="Where">Where.</param>
/// <param name="GroupBy">GroupBy.</param>
/// <param name="Having">Having.</param>
/// <param name="Windows">Windows.</param>
public sealed record QuerySpecification(Select Select, Relation? From, Expression? Where, GroupBy? GroupBy, Expression? Having, NodeList<WindowDefinition> Windows) : QueryBody
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Select;
        if (From is not null)
        {
            yield return From;
        }
        if (Where is not null)
        {
            yield return Where;
        }
        if (GroupBy is not null)
        {
            yield return GroupBy;
        }
        if (Having is not null)
        {
            yield return Having;
        }
        foreach (var item in Windows)
        {
            yield return item;
        }
    }
}
