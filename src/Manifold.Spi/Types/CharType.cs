namespace Manifold.Spi.Types;

/// <summary><c>char(n)</c>: fixed length, blank-padded. Vectors hold values with trailing blanks removed.</summary>
public sealed class CharType : SqlType
{
    /// <summary>The largest length.</summary>
    public const int MaxLength = 65536;

    internal CharType(int length)
        : base(TypeKind.Char, PhysicalType.Bytes, $"char({length})")
    {
        if (length is < 1 or > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"CHAR length must be in range [1, {MaxLength}]: {length}");
        }
        Length = length;
    }

    /// <summary>The length in code points.</summary>
    public int Length { get; }
}
