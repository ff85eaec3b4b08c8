namespace Manifold.Sql.Tree;

/// <summary>TABLE name.</summary>
/// <param name="Name">Name.</param>
public sealed record TableBody(QualifiedName Name) : QueryBody
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
