namespace Manifold.Engine.Connectors.Tpch;

/// <summary>dbgen's calendar: day numbers from 1992-01-01 (GENERATOR-NOTES §7).</summary>
internal static class TpchDates
{
    /// <summary>1992-01-01 as days since 1970-01-01.</summary>
    public const int EpochDayOfStart = 8035;

    /// <summary>Days in the calendar: 1992-01-01 .. 1998-12-31.</summary>
    public const int TotalDays = 2557;

    /// <summary>1995-06-17 (dbgen's CURRENTDATE) as a day number: lines shipped or received on or before it are in the past.</summary>
    public const int CurrentDay = 1263;

    /// <summary>Latest order date: ENDDATE − 151 days (1998-08-02).</summary>
    public const int MaxOrderDay = TotalDays - 151 - 1;

    /// <summary>Days since 1970-01-01 of a day number.</summary>
    public static int ToEpochDay(int day) => EpochDayOfStart + day;
}
