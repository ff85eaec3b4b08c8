namespace Manifold.Engine.Functions.Support;

/// <summary>The fields the extraction functions (year(), hour(), …) return.</summary>
internal enum TemporalField
{
    /// <summary>The year.</summary>
    Year,
    /// <summary>The quarter, 1–4.</summary>
    Quarter,
    /// <summary>The month, 1–12.</summary>
    Month,
    /// <summary>The ISO week, 1–53.</summary>
    Week,
    /// <summary>The day of the month.</summary>
    Day,
    /// <summary>The ISO day of the week, 1 (Monday)–7.</summary>
    DayOfWeek,
    /// <summary>The day of the year, 1–366.</summary>
    DayOfYear,
    /// <summary>The year of the ISO week.</summary>
    YearOfWeek,
    /// <summary>The hour of the day.</summary>
    Hour,
    /// <summary>The minute of the hour.</summary>
    Minute,
    /// <summary>The second of the minute.</summary>
    Second,
    /// <summary>The millisecond of the second.</summary>
    Millisecond,
    /// <summary>The hours of the zone offset.</summary>
    TimezoneHour,
    /// <summary>The minutes of the zone offset.</summary>
    TimezoneMinute,
}
