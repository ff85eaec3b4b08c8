namespace Manifold.Sql.Tree;

/// <summary>The sign of an interval literal.</summary>
public enum IntervalSign
{
    /// <summary>Positive.</summary>
    Positive,
    /// <summary>Negative.</summary>
    Negative,
}
