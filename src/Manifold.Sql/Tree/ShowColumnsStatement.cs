namespace Manifold.Sql.Tree;

/// <summary>SHOW COLUMNS FROM|IN table [LIKE …], DESCRIBE table.</summary>
/// <param name="Table">Table.</param>
/// <param name="LikePattern">LikePattern.</param>
/// <param name="Escape">Escape.</param>
public sealed record ShowColumnsStatement(QualifiedName Table, StringLiteral? LikePattern, StringLiteral? Escape) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Table;
        if (LikePattern is not null)
        {
            yield return LikePattern;
        }
        if (Escape is not null)
        {
            yield return Escape;
        }
    }
}
