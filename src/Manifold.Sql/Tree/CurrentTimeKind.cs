namespace Manifold.Sql.Tree;

/// <summary>Special date/time values.</summary>
public enum CurrentTimeKind
{
    /// <summary>Date.</summary>
    Date,
    /// <summary>Time.</summary>
    Time,
    /// <summary>Timestamp.</summary>
    Timestamp,
    /// <summary>LocalTime.</summary>
    LocalTime,
    /// <summary>LocalTimestamp.</summary>
    LocalTimestamp,
}
