namespace Manifold.Sql.Tree;

/// <summary>left UNION/INTERSECT/EXCEPT [ALL|DISTINCT] right.</summary>
/// <param name="Kind">Kind.</param>
/// <param name="Distinct">Distinct.</param>
/// <param name="Left">Left.</param>
/// <param name="Right">Right.</param>
public sealed record SetOperation(SetOperationKind Kind, bool Distinct, QueryBody Left, QueryBody Right) : QueryBody
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Left;
        yield return Right;
    }
}
