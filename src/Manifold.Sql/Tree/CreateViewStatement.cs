namespace Manifold.Sql.Tree;

/// <summary>CREATE [OR REPLACE] VIEW name [COMMENT '…'] AS query.</summary>
/// <param name="Name">Name.</param>
/// <param name="Query">Query.</param>
/// <param name="Replace">Replace.</param>
/// <param name="Comment">Comment.</param>
public sealed record CreateViewStatement(QualifiedName Name, Query Query, bool Replace, string? Comment) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        yield return Query;
    }
}
