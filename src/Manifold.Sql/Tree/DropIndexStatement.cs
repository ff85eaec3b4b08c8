namespace Manifold.Sql.Tree;

/// <summary>DROP INDEX [IF EXISTS] name: not Trino; accepted for SQL written for other engines.</summary>
/// <param name="Name">Name.</param>
/// <param name="IfExists">IfExists.</param>
public sealed record DropIndexStatement(QualifiedName Name, bool IfExists) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
