namespace Manifold.Sql.Tree;

/// <summary>A type by name with optional parameters: bigint, varchar(10), decimal(12, 2), array(integer), map(varchar, bigint).</summary>
/// <param name="Name">Name.</param>
/// <param name="Arguments">Arguments.</param>
public sealed record GenericDataType(Identifier Name, NodeList<DataTypeParameter> Arguments) : DataType
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        foreach (var item in Arguments)
        {
            yield return item;
        }
    }
}
