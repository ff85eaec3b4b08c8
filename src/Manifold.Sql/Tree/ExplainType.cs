namespace Manifold.Sql.Tree;

/// <summary>EXPLAIN (TYPE …).</summary>
public enum ExplainType
{
    /// <summary>Logical.</summary>
    Logical,
    /// <summary>Distributed.</summary>
    Distributed,
    /// <summary>Io.</summary>
    Io,
    /// <summary>Validate.</summary>
    Validate,
}
