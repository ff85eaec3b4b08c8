namespace Manifold.Sql.Tree;

/// <summary>COALESCE(a, b, …).</summary>
/// <param name="Operands">Operands.</param>
public sealed record CoalesceExpression(NodeList<Expression> Operands) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Operands)
        {
            yield return item;
        }
    }
}
