namespace Manifold.Sql.Tree;

/// <summary>value LIKE pattern [ESCAPE escape].</summary>
/// <param name="Value">Value.</param>
/// <param name="Pattern">Pattern.</param>
/// <param name="Escape">Escape.</param>
public sealed record LikePredicate(Expression Value, Expression Pattern, Expression? Escape) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
        yield return Pattern;
        if (Escape is not null)
        {
            yield return Escape;
        }
    }
}
