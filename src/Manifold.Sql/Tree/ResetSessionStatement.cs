namespace Manifold.Sql.Tree;

/// <summary>RESET SESSION [catalog.]name.</summary>
/// <param name="Name">Name.</param>
public sealed record ResetSessionStatement(QualifiedName Name) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
