namespace Manifold.Sql.Tree;

/// <summary>SHOW CREATE TABLE|VIEW|SCHEMA name.</summary>
/// <param name="Kind">Kind.</param>
/// <param name="Name">Name.</param>
public sealed record ShowCreateStatement(ShowCreateKind Kind, QualifiedName Name) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
