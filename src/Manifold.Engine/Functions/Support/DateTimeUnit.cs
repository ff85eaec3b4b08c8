namespace Manifold.Engine.Functions.Support;

/// <summary>The units of date_trunc, date_add and date_diff, smallest first.</summary>
internal enum DateTimeUnit
{
    /// <summary>A millisecond.</summary>
    Millisecond,
    /// <summary>A second.</summary>
    Second,
    /// <summary>A minute.</summary>
    Minute,
    /// <summary>An hour.</summary>
    Hour,
    /// <summary>A day.</summary>
    Day,
    /// <summary>An ISO week (Monday first).</summary>
    Week,
    /// <summary>A month.</summary>
    Month,
    /// <summary>Three months.</summary>
    Quarter,
    /// <summary>A year.</summary>
    Year,
}
