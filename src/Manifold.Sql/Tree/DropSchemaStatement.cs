namespace Manifold.Sql.Tree;

/// <summary>DROP SCHEMA [IF EXISTS] name [CASCADE|RESTRICT].</summary>
/// <param name="Name">Name.</param>
/// <param name="IfExists">IfExists.</param>
/// <param name="Cascade">Cascade.</param>
public sealed record DropSchemaStatement(QualifiedName Name, bool IfExists, bool Cascade) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
