namespace Manifold.Sql.Tree;

/// <summary>value BETWEEN min AND max (NOT BETWEEN is NOT over this).</summary>
/// <param name="Value">Value.</param>
/// <param name="Min">Min.</param>
/// <param name="Max">Max.</param>
public sealed record BetweenPredicate(Expression Value, Expression Min, Expression Max) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
        yield return Min;
        yield return Max;
    }
}
