namespace Manifold.Sql.Tree;

/// <summary>SHOW TABLES [FROM|IN schema] [LIKE …].</summary>
/// <param name="Schema">Schema.</param>
/// <param name="LikePattern">LikePattern.</param>
/// <param name="Escape">Escape.</param>
public sealed record ShowTablesStatement(QualifiedName? Schema, StringLiteral? LikePattern, StringLiteral? Escape) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (Schema is not null)
        {
            yield return Schema;
        }
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
