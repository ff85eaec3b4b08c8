namespace Manifold.Sql.Tree;

/// <summary>Window frame bound.</summary>
public enum FrameBoundType
{
    /// <summary>UnboundedPreceding.</summary>
    UnboundedPreceding,
    /// <summary>Preceding.</summary>
    Preceding,
    /// <summary>CurrentRow.</summary>
    CurrentRow,
    /// <summary>Following.</summary>
    Following,
    /// <summary>UnboundedFollowing.</summary>
    UnboundedFollowing,
}
