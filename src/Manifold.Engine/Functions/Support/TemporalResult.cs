using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Collects date, timestamp, timestamp with time zone or time results given as local wall-clock microseconds.</summary>
internal struct TemporalResult
{
    private FixedResult<int> _dates;
    private FixedResult<long> _longs;
    private FixedResult<TimestampWithZone> _zoned;
    private readonly SqlType _type;
    private readonly long _unit;

    /// <summary>Room for <paramref name="rowCount"/> results of <paramref name="type"/>, with the given nulls.</summary>
    public TemporalResult(SqlType type, int rowCount, ulong[]? nulls)
    {
        _type = type;
        _unit = type switch
        {
            TimestampType t => TemporalValues.PrecisionUnit(t.Precision),
            TimestampWithTimeZoneType t => TemporalValues.PrecisionUnit(t.Precision),
            _ => 1,
        };
        switch (type.Kind)
        {
            case TypeKind.Date:
                _dates = new FixedResult<int>(rowCount, nulls);
                break;
            case TypeKind.TimestampWithTimeZone:
                _zoned = new FixedResult<TimestampWithZone>(rowCount, nulls);
                break;
            default:
                _longs = new FixedResult<long>(rowCount, nulls);
                break;
        }
    }

    /// <summary>Whether <paramref name="row"/> is null.</summary>
    public readonly bool IsNull(int row) => _type.Kind switch
    {
        TypeKind.Date => _dates.IsNull(row),
        TypeKind.TimestampWithTimeZone => _zoned.IsNull(row),
        _ => _longs.IsNull(row),
    };

    /// <summary>Stores a local wall-clock time; for a timestamp with time zone it is resolved in <paramref name="zone"/>.</summary>
    public void SetLocal(int row, long localMicros, short zone)
    {
        switch (_type.Kind)
        {
            case TypeKind.Date:
                long days = CivilTime.FloorDiv(localMicros, CivilTime.MicrosPerDay);
                if (days is < int.MinValue or > int.MaxValue)
                {
                    FunctionErrors.OutOfRange("Date is out of range");
                }
                _dates.Values[row] = (int)days;
                break;
            case TypeKind.TimestampWithTimeZone:
                _zoned.Values[row] = new TimestampWithZone(TemporalValues.Round(TemporalValues.FromLocal(localMicros, zone), _unit), zone);
                break;
            case TypeKind.Time:
                _longs.Values[row] = CivilTime.FloorMod(localMicros, CivilTime.MicrosPerDay) * CivilTime.PicosPerMicro;
                break;
            default:
                _longs.Values[row] = TemporalValues.Round(localMicros, _unit);
                break;
        }
    }

    /// <summary>Stores an instant (timestamp with time zone only).</summary>
    public void SetInstant(int row, long epochMicros, short zone)
        => _zoned.Values[row] = new TimestampWithZone(TemporalValues.Round(epochMicros, _unit), zone);

    /// <summary>Marks <paramref name="row"/> null.</summary>
    public void SetNull(int row)
    {
        switch (_type.Kind)
        {
            case TypeKind.Date:
                _dates.SetNull(row);
                break;
            case TypeKind.TimestampWithTimeZone:
                _zoned.SetNull(row);
                break;
            default:
                _longs.SetNull(row);
                break;
        }
    }

    /// <summary>The finished vector.</summary>
    public readonly Vector Build() => _type.Kind switch
    {
        TypeKind.Date => _dates.Build(_type),
        TypeKind.TimestampWithTimeZone => _zoned.Build(_type),
        _ => _longs.Build(_type),
    };
}
