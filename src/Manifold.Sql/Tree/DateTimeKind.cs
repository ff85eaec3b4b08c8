namespace Manifold.Sql.Tree;

/// <summary>TIME or TIMESTAMP.</summary>
public enum DateTimeKind
{
    /// <summary>Time.</summary>
    Time,
    /// <summary>Timestamp.</summary>
    Timestamp,
}
