namespace Manifold.Sql.Tree;

/// <summary>UNNEST(expressions) [WITH ORDINALITY].</summary>
/// <param name="Expressions">Expressions.</param>
/// <param name="WithOrdinality">WithOrdinality.</param>
public sealed record Unnest(NodeList<Expression> Expressions, bool WithOrdinality) : Relation
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Expressions)
        {
            yield return item;
        }
    }
}
