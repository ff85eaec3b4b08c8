namespace Manifold.Sql.Tree;

/// <summary>DROP VIEW [IF EXISTS] name.</summary>
/// <param name="Name">Name.</param>
/// <param name="IfExists">IfExists.</param>
public sealed record DropViewStatement(QualifiedName Name, bool IfExists) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
