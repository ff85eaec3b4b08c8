namespace Manifold.Sql.Tree;

/// <summary>A numeric type parameter as written.</summary>
/// <param name="Value">Value.</param>
public sealed record NumericParameter(string Value) : DataTypeParameter
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
