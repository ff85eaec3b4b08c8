namespace Manifold.Spi.Types;

/// <summary><c>timestamp(p) with time zone</c>: an instant and a zone, stored as <see cref="TimestampWithZone"/>.</summary>
public sealed class TimestampWithTimeZoneType : SqlType
{
    private static readonly TimestampWithTimeZoneType[] s_cache =
        Enumerable.Range(0, TimestampType.MaxPrecision + 1).Select(p => new TimestampWithTimeZoneType(p)).ToArray();

    private TimestampWithTimeZoneType(int precision)
        : base(TypeKind.TimestampWithTimeZone, PhysicalType.TimestampWithZone, $"timestamp({precision}) with time zone") => Precision = precision;

    /// <summary>Fractional digits of the second (0–6).</summary>
    public int Precision { get; }

    /// <summary>Returns <c>timestamp(p) with time zone</c>.</summary>
    public static TimestampWithTimeZoneType Create(int precision) => precision is >= 0 and <= TimestampType.MaxPrecision
        ? s_cache[precision]
        : throw new ArgumentOutOfRangeException(nameof(precision), $"TIMESTAMP WITH TIME ZONE precision must be in range [0, {TimestampType.MaxPrecision}]: {precision}");
}
