namespace Manifold.Sql.Tree;

/// <summary>DESCRIBE INPUT prepared statement.</summary>
/// <param name="Name">Name.</param>
public sealed record DescribeInputStatement(Identifier Name) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
