namespace Manifold.Sql.Tree;

/// <summary>base[index].</summary>
/// <param name="Base">Base.</param>
/// <param name="Index">Index.</param>
public sealed record SubscriptExpression(Expression Base, Expression Index) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Base;
        yield return Index;
    }
}
