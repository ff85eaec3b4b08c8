namespace Manifold.Spi.Types;

/// <summary><c>timestamp(p)</c> without time zone, stored as microseconds since 1970-01-01 00:00:00.</summary>
/// <remarks>Precision goes up to 6 (microseconds); Trino's 7–12 are not supported.</remarks>
public sealed class TimestampType : SqlType
{
    /// <summary>The largest precision.</summary>
    public const int MaxPrecision = 6;

    /// <summary>The precision of plain <c>timestamp</c>.</summary>
    public const int DefaultPrecision = 3;

    private static readonly TimestampType[] s_cache = Enumerable.Range(0, MaxPrecision + 1).Select(p => new TimestampType(p)).ToArray();

    private TimestampType(int precision)
        : base(TypeKind.Timestamp, PhysicalType.Int64, $"timestamp({precision})") => Precision = precision;

    /// <summary>Fractional digits of the second.</summary>
    public int Precision { get; }

    /// <summary>Returns <c>timestamp(p)</c>.</summary>
    public static TimestampType Create(int precision) => precision is >= 0 and <= MaxPrecision
        ? s_cache[precision]
        : throw new ArgumentOutOfRangeException(nameof(precision), $"TIMESTAMP precision must be in range [0, {MaxPrecision}]: {precision}");
}
