namespace Manifold.Sql.Tree;

/// <summary>ALTER TABLE [IF EXISTS] source RENAME TO target.</summary>
/// <param name="Source">Source.</param>
/// <param name="Target">Target.</param>
/// <param name="IfExists">IfExists.</param>
public sealed record RenameTableStatement(QualifiedName Source, QualifiedName Target, bool IfExists) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Source;
        yield return Target;
    }
}
