namespace Manifold.Sql.Tree;

/// <summary>EXECUTE name [USING values].</summary>
/// <param name="Name">Name.</param>
/// <param name="Parameters">Parameters.</param>
public sealed record ExecuteStatement(Identifier Name, NodeList<Expression> Parameters) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        foreach (var item in Parameters)
        {
            yield return item;
        }
    }
}
