namespace Manifold.Sql.Tree;

/// <summary>A join; comma-separated FROM items are Implicit joins.</summary>
/// <param name="Kind">Kind.</param>
/// <param name="Left">Left.</param>
/// <param name="Right">Right.</param>
/// <param name="Criteria">Criteria.</param>
public sealed record Join(JoinKind Kind, Relation Left, Relation Right, JoinCriteria? Criteria) : Relation
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Left;
        yield return Right;
        if (Criteria is not null)
        {
            yield return Criteria;
        }
    }
}
