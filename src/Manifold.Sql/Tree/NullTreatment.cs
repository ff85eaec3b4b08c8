namespace Manifold.Sql.Tree;

/// <summary>IGNORE NULLS / RESPECT NULLS of window functions; Unspecified when absent.</summary>
public enum NullTreatment
{
    /// <summary>Unspecified.</summary>
    Unspecified,
    /// <summary>Ignore.</summary>
    Ignore,
    /// <summary>Respect.</summary>
    Respect,
}
