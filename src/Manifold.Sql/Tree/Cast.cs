namespace Manifold.Sql.Tree;

/// <summary>CAST(value AS type), or TRY_CAST when Safe.</summary>
/// <param name="Value">Value.</param>
/// <param name="Type">Type.</param>
/// <param name="Safe">Safe.</param>
public sealed record Cast(Expression Value, DataType Type, bool Safe) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
        yield return Type;
    }
}
