namespace Manifold.Sql.Tree;

/// <summary>UNBOUNDED PRECEDING, n PRECEDING, CURRENT ROW, n FOLLOWING, UNBOUNDED FOLLOWING.</summary>
/// <param name="Type">Type.</param>
/// <param name="Offset">Offset.</param>
public sealed record FrameBound(FrameBoundType Type, Expression? Offset) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (Offset is not null)
        {
            yield return Offset;
        }
    }
}
