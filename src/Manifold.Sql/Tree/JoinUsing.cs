namespace Manifold.Sql.Tree;

/// <summary>USING (columns).</summary>
/// <param name="Columns">Columns.</param>
public sealed record JoinUsing(NodeList<Identifier> Columns) : JoinCriteria
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Columns)
        {
            yield return item;
        }
    }
}
