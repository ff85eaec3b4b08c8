using System.Text;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Support;

/// <summary>Zone conversions, units and calendar differences shared by the date and time functions.</summary>
internal static class TemporalValues
{
    /// <summary>The wall clock of an instant in its zone.</summary>
    public static long ToLocal(TimestampWithZone value) => ToLocal(value.EpochMicros, value.ZoneKey);

    /// <summary>The wall clock of <paramref name="epochMicros"/> in <paramref name="zone"/>.</summary>
    public static long ToLocal(long epochMicros, short zone)
        => zone == TimeZoneKey.Utc ? epochMicros : epochMicros + TimeZoneKey.GetOffsetSeconds(zone, epochMicros) * CivilTime.MicrosPerSecond;

    /// <summary>The instant at which <paramref name="zone"/> shows the wall clock <paramref name="localMicros"/>.</summary>
    public static long FromLocal(long localMicros, short zone)
        => zone == TimeZoneKey.Utc ? localMicros : localMicros - TimeZoneKey.GetOffsetSecondsForLocal(zone, localMicros) * CivilTime.MicrosPerSecond;

    /// <summary>Microseconds per unit of precision <paramref name="precision"/> (0–6).</summary>
    public static long PrecisionUnit(int precision) => precision >= 6 ? 1 : (long)Math.Pow(10, 6 - precision);

    /// <summary>Rounds microseconds half up to a multiple of <paramref name="unit"/>.</summary>
    public static long Round(long micros, long unit)
    {
        if (unit == 1)
        {
            return micros;
        }
        return CivilTime.FloorDiv(micros + unit / 2, unit) * unit;
    }

    /// <summary>The session's current instant, in microseconds.</summary>
    public static long StartMicros(FunctionContext context) => (context.Start.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    /// <summary>Resolves a zone name; fails with INVALID_FUNCTION_ARGUMENT when it is unknown.</summary>
    public static short ZoneKey(ReadOnlySpan<byte> name)
    {
        string text = Encoding.UTF8.GetString(name);
        if (!TimeZoneKey.TryGetKey(text, out short key))
        {
            FunctionErrors.InvalidArgument($"Time zone not supported: {text}");
        }
        return key;
    }

    /// <summary>Parses a date/time unit name (case-insensitive).</summary>
    public static DateTimeUnit ParseUnit(ReadOnlySpan<byte> unit, TypeKind kind)
    {
        string text = Encoding.UTF8.GetString(unit).ToLowerInvariant();
        DateTimeUnit? parsed = text switch
        {
            "millisecond" => DateTimeUnit.Millisecond,
            "second" => DateTimeUnit.Second,
            "minute" => DateTimeUnit.Minute,
            "hour" => DateTimeUnit.Hour,
            "day" => DateTimeUnit.Day,
            "week" => DateTimeUnit.Week,
            "month" => DateTimeUnit.Month,
            "quarter" => DateTimeUnit.Quarter,
            "year" => DateTimeUnit.Year,
            _ => null,
        };
        bool valid = parsed is { } u && kind switch
        {
            TypeKind.Date => u >= DateTimeUnit.Day,
            TypeKind.Time => u <= DateTimeUnit.Hour,
            _ => true,
        };
        if (!valid)
        {
            string typeName = kind switch
            {
                TypeKind.Date => "DATE",
                TypeKind.Time => "TIME",
                _ => "TIMESTAMP",
            };
            FunctionErrors.InvalidArgument($"'{Encoding.UTF8.GetString(unit)}' is not a valid {typeName} field");
        }
        return parsed!.Value;
    }

    /// <summary>The length of a fixed-length unit in microseconds (millisecond … week).</summary>
    public static long UnitMicros(DateTimeUnit unit) => unit switch
    {
        DateTimeUnit.Millisecond => CivilTime.MicrosPerMillisecond,
        DateTimeUnit.Second => CivilTime.MicrosPerSecond,
        DateTimeUnit.Minute => CivilTime.MicrosPerMinute,
        DateTimeUnit.Hour => CivilTime.MicrosPerHour,
        DateTimeUnit.Day => CivilTime.MicrosPerDay,
        DateTimeUnit.Week => 7 * CivilTime.MicrosPerDay,
        DateTimeUnit.Month or DateTimeUnit.Quarter or DateTimeUnit.Year => 0,
    };

    /// <summary>Truncates a wall-clock time to <paramref name="unit"/>.</summary>
    public static long Truncate(long local, DateTimeUnit unit)
    {
        switch (unit)
        {
            case DateTimeUnit.Millisecond or DateTimeUnit.Second or DateTimeUnit.Minute or DateTimeUnit.Hour or DateTimeUnit.Day:
            {
                long size = UnitMicros(unit);
                return CivilTime.FloorDiv(local, size) * size;
            }
            case DateTimeUnit.Week:
            {
                long days = CivilTime.FloorDiv(local, CivilTime.MicrosPerDay);
                return (days - CivilTime.DayOfWeek(days) + 1) * CivilTime.MicrosPerDay;
            }
            default:
            {
                CivilTime.ToCivil(CivilTime.FloorDiv(local, CivilTime.MicrosPerDay), out long year, out int month, out _);
                int first = unit switch
                {
                    DateTimeUnit.Month => month,
                    DateTimeUnit.Quarter => (month - 1) / 3 * 3 + 1,
                    _ => 1,
                };
                return CivilTime.ToDays(year, first, 1) * CivilTime.MicrosPerDay;
            }
        }
    }

    /// <summary>Adds <paramref name="amount"/> units to a wall-clock time.</summary>
    public static long Add(long local, DateTimeUnit unit, long amount)
    {
        try
        {
            return unit switch
            {
                DateTimeUnit.Month => CivilTime.AddMonthsToMicros(local, amount),
                DateTimeUnit.Quarter => CivilTime.AddMonthsToMicros(local, checked(amount * 3)),
                DateTimeUnit.Year => CivilTime.AddMonthsToMicros(local, checked(amount * 12)),
                _ => checked(local + amount * UnitMicros(unit)),
            };
        }
        catch (OverflowException)
        {
            FunctionErrors.OutOfRange("Value is out of range for date_add");
            return 0;
        }
    }

    /// <summary><paramref name="later"/> − <paramref name="earlier"/> (wall clocks) in whole units, truncated toward zero, as Joda computes it.</summary>
    public static long Difference(long earlier, long later, DateTimeUnit unit) => unit switch
    {
        DateTimeUnit.Month => MonthDifference(later, earlier),
        DateTimeUnit.Quarter => MonthDifference(later, earlier) / 3,
        DateTimeUnit.Year => YearDifference(later, earlier),
        _ => (later - earlier) / UnitMicros(unit),
    };

    private static long MonthDifference(long minuend, long subtrahend)
    {
        if (minuend < subtrahend)
        {
            return -MonthDifference(subtrahend, minuend);
        }
        Split(minuend, out long y2, out int m2, out int d2, out long time2);
        Split(subtrahend, out long y1, out int m1, out int d1, out long time1);
        long difference = (y2 - y1) * 12 + m2 - m1;
        // Month ends line up: Jan 31 → Feb 28 counts as a whole month.
        if (d2 == CivilTime.DaysInMonth(y2, m2) && d1 > d2)
        {
            d1 = d2;
        }
        long remainder2 = (d2 - 1) * CivilTime.MicrosPerDay + time2;
        long remainder1 = (d1 - 1) * CivilTime.MicrosPerDay + time1;
        return remainder2 < remainder1 ? difference - 1 : difference;
    }

    private static long YearDifference(long minuend, long subtrahend)
    {
        if (minuend < subtrahend)
        {
            return -YearDifference(subtrahend, minuend);
        }
        Split(minuend, out long y2, out _, out _, out _);
        Split(subtrahend, out long y1, out _, out _, out _);
        long remainder2 = minuend - CivilTime.ToDays(y2, 1, 1) * CivilTime.MicrosPerDay;
        long remainder1 = subtrahend - CivilTime.ToDays(y1, 1, 1) * CivilTime.MicrosPerDay;
        const long february29 = (31 + 28) * CivilTime.MicrosPerDay;
        if (remainder1 >= february29)
        {
            if (CivilTime.IsLeapYear(y1))
            {
                if (!CivilTime.IsLeapYear(y2))
                {
                    remainder1 -= CivilTime.MicrosPerDay;
                }
            }
            else if (remainder2 >= february29 && CivilTime.IsLeapYear(y2))
            {
                remainder2 -= CivilTime.MicrosPerDay;
            }
        }
        long difference = y2 - y1;
        return remainder2 < remainder1 ? difference - 1 : difference;
    }

    /// <summary>Splits a wall-clock time into date parts and microseconds of the day.</summary>
    public static void Split(long local, out long year, out int month, out int day, out long timeOfDay)
    {
        long days = CivilTime.FloorDiv(local, CivilTime.MicrosPerDay);
        timeOfDay = local - days * CivilTime.MicrosPerDay;
        CivilTime.ToCivil(days, out year, out month, out day);
    }
}
