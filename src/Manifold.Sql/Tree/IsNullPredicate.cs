namespace Manifold.Sql.Tree;

/// <summary>value IS NULL.</summary>
/// <param name="Value">Value.</param>
public sealed record IsNullPredicate(Expression Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
    }
}
