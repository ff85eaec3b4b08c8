namespace Manifold.Spi.Types;

/// <summary><c>map(K, V)</c>.</summary>
public sealed class MapType(SqlType key, SqlType value) : SqlType(TypeKind.Map, PhysicalType.Map, $"map({key.Name},{value.Name})")
{
    /// <summary>The key type.</summary>
    public SqlType Key { get; } = key;

    /// <summary>The value type.</summary>
    public SqlType Value { get; } = value;

    /// <inheritdoc />
    public override bool IsComparable => Key.IsComparable && Value.IsComparable;
}
