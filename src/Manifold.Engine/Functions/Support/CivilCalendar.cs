using System.Runtime.CompilerServices;

namespace Manifold.Engine.Functions.Support;

/// <summary>Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), with a year 0 as in
/// java.time: conversions to and from year/month/day and month arithmetic that clamps the day of month.</summary>
internal static class CivilCalendar
{
    public const long MicrosPerDay = 86_400_000_000L;
    public const long MillisPerDay = 86_400_000L;
    public const long PicosPerDay = 86_400_000_000_000_000L;

    /// <summary>The day number of a calendar date (the date must be valid).</summary>
    public static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        long era = (year >= 0 ? year : year - 399) / 400;
        long yearOfEra = year - era * 400;
        long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /// <summary>The calendar date of a day number.</summary>
    public static void FromDays(long days, out long year, out int month, out int day)
    {
        long z = days + 719_468;
        long era = (z >= 0 ? z : z - 146_096) / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        day = (int)(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        month = (int)(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLeapYear(long year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>The day <paramref name="months"/> months after <paramref name="days"/>, clamping the day of month
    /// (2024-01-31 plus one month is 2024-02-29).</summary>
    public static long AddMonths(long days, long months)
    {
        if (months == 0)
        {
            return days;
        }
        FromDays(days, out long year, out int month, out int day);
        long totalMonths = year * 12 + (month - 1) + months;
        long newYear = Math.DivRem(totalMonths, 12, out long monthIndex);
        if (monthIndex < 0)
        {
            monthIndex += 12;
            newYear--;
        }
        int newMonth = (int)monthIndex + 1;
        return DaysFromCivil(newYear, newMonth, Math.Min(day, DaysInMonth(newYear, newMonth)));
    }

    /// <summary>Floor division of microseconds into whole days and the microseconds of that day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SplitMicros(long epochMicros, out long microsOfDay)
    {
        long days = Math.DivRem(epochMicros, MicrosPerDay, out microsOfDay);
        if (microsOfDay < 0)
        {
            days--;
            microsOfDay += MicrosPerDay;
        }
        return days;
    }
}
