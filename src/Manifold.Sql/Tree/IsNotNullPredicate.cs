namespace Manifold.Sql.Tree;

/// <summary>value IS NOT NULL.</summary>
/// <param name="Value">Value.</param>
public sealed record IsNotNullPredicate(Expression Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
    }
}
