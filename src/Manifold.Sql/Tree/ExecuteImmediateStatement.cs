namespace Manifold.Sql.Tree;

/// <summary>EXECUTE IMMEDIATE 'sql' [USING values].</summary>
/// <param name="Statement">Statement.</param>
/// <param name="Parameters">Parameters.</param>
public sealed record ExecuteImmediateStatement(StringLiteral Statement, NodeList<Expression> Parameters) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Statement;
        foreach (var item in Parameters)
        {
            yield return item;
        }
    }
}
