namespace Manifold.Sql.Tree;

/// <summary>PREPARE name FROM statement.</summary>
/// <param name="Name">Name.</param>
/// <param name="Statement">Statement.</param>
public sealed record PrepareStatement(Identifier Name, Statement Statement) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        yield return Statement;
    }
}
