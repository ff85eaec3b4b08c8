namespace Manifold.Sql.Tree;

/// <summary>OVER name.</summary>
/// <param name="Name">Name.</param>
public sealed record WindowReference(Identifier Name) : WindowSpecificationOrReference
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
