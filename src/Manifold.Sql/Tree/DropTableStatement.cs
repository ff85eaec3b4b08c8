namespace Manifold.Sql.Tree;

/// <summary>DROP TABLE [IF EXISTS] name.</summary>
/// <param name="Name">Name.</param>
/// <param name="IfExists">IfExists.</param>
public sealed record DropTableStatement(QualifiedName Name, bool IfExists) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
