namespace Manifold.Sql.Tree;

/// <summary>ROW(name type, …).</summary>
/// <param name="Fields">Fields.</param>
public sealed record RowDataType(NodeList<RowDataTypeField> Fields) : DataType
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Fields)
        {
            yield return item;
        }
    }
}
