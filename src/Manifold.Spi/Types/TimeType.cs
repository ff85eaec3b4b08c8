namespace Manifold.Spi.Types;

/// <summary><c>time(p)</c>: a time of day with <c>p</c> fractional digits (0–12), stored as picoseconds of the day.</summary>
public sealed class TimeType : SqlType
{
    /// <summary>The largest precision.</summary>
    public const int MaxPrecision = 12;

    /// <summary>The precision of plain <c>time</c>.</summary>
    public const int DefaultPrecision = 3;

    private static readonly TimeType[] s_cache = Enumerable.Range(0, MaxPrecision + 1).Select(p => new TimeType(p)).ToArray();

    private TimeType(int precision)
        : base(TypeKind.Time, PhysicalType.Int64, $"time({precision})") => Precision = precision;

    /// <summary>Fractional digits of the second.</summary>
    public int Precision { get; }

    /// <summary>Returns <c>time(p)</c>.</summary>
    public static TimeType Create(int precision) => precision is >= 0 and <= MaxPrecision
        ? s_cache[precision]
        : throw new ArgumentOutOfRangeException(nameof(precision), $"TIME precision must be in range [0, {MaxPrecision}]: {precision}");
}
