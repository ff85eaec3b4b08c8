namespace Manifold.Sql.Tree;

/// <summary>A type used as a parameter (array(T), map(K, V)).</summary>
/// <param name="Type">Type.</param>
public sealed record TypeParameter(DataType Type) : DataTypeParameter
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Type;
    }
}
