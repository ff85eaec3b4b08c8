namespace Manifold.Sql.Tree;

/// <summary>DESCRIBE OUTPUT prepared statement.</summary>
/// <param name="Name">Name.</param>
public sealed record DescribeOutputStatement(Identifier Name) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
