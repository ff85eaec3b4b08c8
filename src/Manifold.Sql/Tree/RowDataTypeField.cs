namespace Manifold.Sql.Tree;

/// <summary>One field of a ROW type.</summary>
/// <param name="Name">Name.</param>
/// <param name="Type">Type.</param>
public sealed record RowDataTypeField(Identifier? Name, DataType Type) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (Name is not null)
        {
            yield return Name;
        }
        yield return Type;
    }
}
