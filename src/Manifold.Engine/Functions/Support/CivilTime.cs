using System.Runtime.CompilerServices;

namespace Manifold.Engine.Functions.Support;

/// <summary>Proleptic Gregorian calendar arithmetic on days since 1970-01-01 and microseconds since the epoch.</summary>
/// <remarks>Works for any year representable in the inputs (no <see cref="DateTime"/> range limits).</remarks>
internal static class CivilTime
{
    public const long MicrosPerMillisecond = 1_000;
    public const long MicrosPerSecond = 1_000_000;
    public const long MicrosPerMinute = 60 * MicrosPerSecond;
    public const long MicrosPerHour = 60 * MicrosPerMinute;
    public const long MicrosPerDay = 24 * MicrosPerHour;
    public const long PicosPerMicro = 1_000_000;
    public const long PicosPerDay = MicrosPerDay * PicosPerMicro;

    /// <summary>Splits days since the epoch into year, month (1–12) and day (1–31).</summary>
    public static void ToCivil(long days, out long year, out int month, out int day)
    {
        // Howard Hinnant's civil_from_days.
        long z = days + 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        day = (int)(doy - (153 * mp + 2) / 5 + 1);
        month = (int)(mp < 10 ? mp + 3 : mp - 9);
        year = month <= 2 ? y + 1 : y;
    }

    /// <summary>Days since the epoch of a calendar date.</summary>
    public static long ToDays(long year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long mp = month > 2 ? month - 3 : month + 9;
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>Whether <paramref name="year"/> is a leap year.</summary>
    public static bool IsLeapYear(long year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>The number of days in a month.</summary>
    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>The ISO day of week: 1 = Monday … 7 = Sunday.</summary>
    public static int DayOfWeek(long days) => (int)FloorMod(days + 3, 7) + 1;

    /// <summary>The day of the year, from 1.</summary>
    public static int DayOfYear(long days)
    {
        ToCivil(days, out long year, out _, out _);
        return (int)(days - ToDays(year, 1, 1)) + 1;
    }

    /// <summary>The ISO 8601 week number (1–53) and its week-based year.</summary>
    public static int IsoWeek(long days, out long weekYear)
    {
        // The week belongs to the year of its Thursday.
        long thursday = days - DayOfWeek(days) + 4;
        ToCivil(thursday, out weekYear, out _, out _);
        return (int)((thursday - ToDays(weekYear, 1, 1)) / 7) + 1;
    }

    /// <summary>Adds months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29).</summary>
    public static long AddMonths(long days, long months)
    {
        ToCivil(days, out long year, out int month, out int day);
        long total = year * 12 + (month - 1) + months;
        long newYear = FloorDiv(total, 12);
        int newMonth = (int)FloorMod(total, 12) + 1;
        return ToDays(newYear, newMonth, Math.Min(day, DaysInMonth(newYear, newMonth)));
    }

    /// <summary>Floor division.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDiv(long value, long divisor)
    {
        long quotient = value / divisor;
        return (value % divisor != 0 && ((value < 0) != (divisor < 0))) ? quotient - 1 : quotient;
    }

    /// <summary>Floor modulus (result has the divisor's sign).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorMod(long value, long divisor) => value - FloorDiv(value, divisor) * divisor;

    /// <summary>Adds months to a timestamp (microseconds), keeping the time of day.</summary>
    public static long AddMonthsToMicros(long micros, long months)
    {
        long days = FloorDiv(micros, MicrosPerDay);
        long time = micros - days * MicrosPerDay;
        return AddMonths(days, months) * MicrosPerDay + time;
    }
}
