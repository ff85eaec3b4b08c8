namespace Manifold.Sql.Tree;

/// <summary>Where NULLs go; Undefined lets the engine choose (Trino: last).</summary>
public enum NullOrdering
{
    /// <summary>Undefined.</summary>
    Undefined,
    /// <summary>First.</summary>
    First,
    /// <summary>Last.</summary>
    Last,
}
