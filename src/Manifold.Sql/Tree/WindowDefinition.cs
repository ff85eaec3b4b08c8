namespace Manifold.Sql.Tree;

/// <summary>WINDOW name AS (specification).</summary>
/// <param name="Name">Name.</param>
/// <param name="Specification">Specification.</param>
public sealed record WindowDefinition(Identifier Name, WindowSpecification Specification) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        yield return Specification;
    }
}
