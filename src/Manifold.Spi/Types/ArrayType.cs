namespace Manifold.Spi.Types;

/// <summary><c>array(T)</c>.</summary>
public sealed class ArrayType(SqlType element) : SqlType(TypeKind.Array, PhysicalType.Array, $"array({element.Name})")
{
    /// <summary>The element type.</summary>
    public SqlType Element { get; } = element;

    /// <inheritdoc />
    public override bool IsComparable => Element.IsComparable;

    /// <inheritdoc />
    public override bool IsOrderable => Element.IsOrderable;
}
