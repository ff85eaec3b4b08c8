namespace Manifold.Sql.Tree;

/// <summary>SHOW FUNCTIONS [LIKE …].</summary>
/// <param name="LikePattern">LikePattern.</param>
/// <param name="Escape">Escape.</param>
public sealed record ShowFunctionsStatement(StringLiteral? LikePattern, StringLiteral? Escape) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
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
