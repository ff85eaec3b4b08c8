namespace Manifold.Sql.Tree;

/// <summary>name = value in WITH (…).</summary>
/// <param name="Name">Name.</param>
/// <param name="Value">Value.</param>
public sealed record Property(Identifier Name, Expression Value) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        yield return Value;
    }
}
