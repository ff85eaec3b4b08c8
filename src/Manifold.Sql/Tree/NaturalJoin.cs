namespace Manifold.Sql.Tree;

/// <summary>NATURAL.</summary>

public sealed record NaturalJoin() : JoinCriteria
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
