namespace Manifold.Sql.Tree;

/// <summary>column = value.</summary>
/// <param name="Column">Column.</param>
/// <param name="Value">Value.</param>
public sealed record UpdateAssignment(Identifier Column, Expression Value) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Column;
        yield return Value;
    }
}
