using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Reads date, timestamp, timestamp with time zone and time vectors as local wall-clock microseconds.</summary>
/// <remarks>Dates read as midnight; times as microseconds of the day; a timestamp with time zone as its wall clock in its
/// own zone (<see cref="Zone"/>, <see cref="Instant"/> give the zone and the instant).</remarks>
internal readonly struct TemporalReader
{
    private readonly FixedReader<int> _dates;
    private readonly FixedReader<long> _longs;
    private readonly FixedReader<TimestampWithZone> _zoned;

    /// <summary>A reader over a vector of <paramref name="type"/>.</summary>
    public TemporalReader(Vector vector, SqlType type)
    {
        Kind = type.Kind;
        switch (Kind)
        {
            case TypeKind.Date:
                _dates = FixedReader<int>.Of(vector);
                break;
            case TypeKind.TimestampWithTimeZone:
                _zoned = FixedReader<TimestampWithZone>.Of(vector);
                break;
            default:
                _longs = FixedReader<long>.Of(vector);
                break;
        }
    }

    /// <summary>The type family.</summary>
    public TypeKind Kind { get; }

    /// <summary>The wall-clock time of <paramref name="row"/> in microseconds since 1970-01-01 00:00 (local).</summary>
    public long LocalMicros(int row) => Kind switch
    {
        TypeKind.Date => _dates[row] * CivilTime.MicrosPerDay,
        TypeKind.TimestampWithTimeZone => TemporalValues.ToLocal(_zoned[row]),
        TypeKind.Time => _longs[row] / CivilTime.PicosPerMicro,
        _ => _longs[row],
    };

    /// <summary>The instant of <paramref name="row"/> for a timestamp with time zone (the local time otherwise).</summary>
    public long Instant(int row) => Kind == TypeKind.TimestampWithTimeZone ? _zoned[row].EpochMicros : LocalMicros(row);

    /// <summary>The zone of <paramref name="row"/> for a timestamp with time zone (UTC otherwise).</summary>
    public short Zone(int row) => Kind == TypeKind.TimestampWithTimeZone ? _zoned[row].ZoneKey : TimeZoneKey.Utc;

    /// <summary>The date, timestamp or time value of <paramref name="row"/> in its physical form (for days, picoseconds…).</summary>
    public long Raw(int row) => Kind switch
    {
        TypeKind.Date => _dates[row],
        TypeKind.TimestampWithTimeZone => _zoned[row].EpochMicros,
        _ => _longs[row],
    };
}
