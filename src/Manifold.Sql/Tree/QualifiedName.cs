namespace Manifold.Sql.Tree;

/// <summary>A dotted name such as catalog.schema.table.</summary>
/// <param name="Parts">Parts.</param>
public sealed record QualifiedName(NodeList<Identifier> Parts) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Parts)
        {
            yield return item;
        }
    }

    /// <summary>The canonical parts joined with dots.</summary>
    public override string ToString() => string.Join('.', Parts.Select(p => p.CanonicalValue));
}
