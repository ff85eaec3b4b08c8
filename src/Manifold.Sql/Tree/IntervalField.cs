namespace Manifold.Sql.Tree;

/// <summary>An interval field.</summary>
public enum IntervalField
{
    /// <summary>Year.</summary>
    Year,
    /// <summary>Month.</summary>
    Month,
    /// <summary>Day.</summary>
    Day,
    /// <summary>Hour.</summary>
    Hour,
    /// <summary>Minute.</summary>
    Minute,
    /// <summary>Second.</summary>
    Second,
}
