namespace Manifold.Sql.Tree;

/// <summary>ROWS|RANGE|GROUPS start or BETWEEN start AND end.</summary>
/// <param name="Type">Type.</param>
/// <param name="Start">Start.</param>
/// <param name="End">End.</param>
public sealed record WindowFrame(FrameType Type, FrameBound Start, FrameBound? End) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Start;
        if (End is not null)
        {
            yield return End;
        }
    }
}
