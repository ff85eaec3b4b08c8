namespace Manifold.Sql.Tree;

/// <summary>Window frame unit.</summary>
public enum FrameType
{
    /// <summary>Rows.</summary>
    Rows,
    /// <summary>Range.</summary>
    Range,
    /// <summary>Groups.</summary>
    Groups,
}
