namespace Manifold.Sql.Tree;

/// <summary>A table or view by name.</summary>
/// <param name="Name">Name.</param>
public sealed record Table(QualifiedName Name) : Relation
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
