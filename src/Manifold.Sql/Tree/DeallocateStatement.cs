namespace Manifold.Sql.Tree;

/// <summary>DEALLOCATE PREPARE name.</summary>
/// <param name="Name">Name.</param>
public sealed record DeallocateStatement(Identifier Name) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
    }
}
