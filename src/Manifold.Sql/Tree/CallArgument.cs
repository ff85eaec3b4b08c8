namespace Manifold.Sql.Tree;

/// <summary>value, or name =&gt; value.</summary>
/// <param name="Name">Name.</param>
/// <param name="Value">Value.</param>
public sealed record CallArgument(Identifier? Name, Expression Value) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (Name is not null)
        {
            yield return Name;
        }
        yield return Value;
    }
}
