namespace Manifold.Sql.Tree;

/// <summary>key [ASC|DESC] [NULLS FIRST|LAST].</summary>
/// <param name="Key">Key.</param>
/// <param name="Ordering">Ordering.</param>
/// <param name="NullOrdering">NullOrdering.</param>
public sealed record SortItem(Expression Key, SortOrdering Ordering, NullOrdering NullOrdering) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Key;
    }
}
