namespace Manifold.Sql.Tree;

/// <summary>COMMIT [WORK].</summary>

public sealed record CommitStatement() : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
