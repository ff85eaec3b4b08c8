namespace Manifold.Spi.Types;

/// <summary><c>varchar(n)</c> or unbounded <c>varchar</c>; values are UTF-8.</summary>
public sealed class VarcharType : SqlType
{
    internal VarcharType(int? length)
        : base(TypeKind.Varchar, PhysicalType.Bytes, length is null ? "varchar" : $"varchar({length})")
    {
        if (length is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "VARCHAR length must be at least 0");
        }
        Length = length;
    }

    /// <summary>The maximum length in code points, or null when unbounded.</summary>
    public int? Length { get; }
}
