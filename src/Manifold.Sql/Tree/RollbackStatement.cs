namespace Manifold.Sql.Tree;

/// <summary>ROLLBACK [WORK].</summary>

public sealed record RollbackStatement() : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
