namespace Manifold.Spi.Types;

/// <summary><c>decimal(p, s)</c>: exact numbers with up to 38 digits, <c>s</c> of them after the point.</summary>
/// <remarks>Precision up to 18 is stored as a 64-bit unscaled value (<see cref="IsShort"/>), up to 38 as 128-bit.</remarks>
public sealed class DecimalType : SqlType
{
    /// <summary>The largest precision.</summary>
    public const int MaxPrecision = 38;

    /// <summary>The largest precision stored in 64 bits.</summary>
    public const int MaxShortPrecision = 18;

    private DecimalType(int precision, int scale)
        : base(TypeKind.Decimal, precision <= MaxShortPrecision ? PhysicalType.Int64 : PhysicalType.Int128, $"decimal({precision},{scale})")
    {
        Precision = precision;
        Scale = scale;
    }

    /// <summary>Total number of digits.</summary>
    public int Precision { get; }

    /// <summary>Digits after the decimal point.</summary>
    public int Scale { get; }

    /// <summary>True when values are 64-bit unscaled longs.</summary>
    public bool IsShort => Precision <= MaxShortPrecision;

    /// <summary>Creates <c>decimal(p, s)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Precision outside 1..38 or scale outside 0..precision.</exception>
    public static DecimalType Create(int precision, int scale)
    {
        if (precision is < 1 or > MaxPrecision)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), $"DECIMAL precision must be in range [1, {MaxPrecision}]: {precision}");
        }
        if (scale < 0 || scale > precision)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), $"DECIMAL scale must be in range [0, precision ({precision})]: {scale}");
        }
        return new DecimalType(precision, scale);
    }
}
