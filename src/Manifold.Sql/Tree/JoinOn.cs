namespace Manifold.Sql.Tree;

/// <summary>ON condition.</summary>
/// <param name="Condition">Condition.</param>
public sealed record JoinOn(Expression Condition) : JoinCriteria
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Condition;
    }
}
