namespace Manifold.Sql.Tree;

/// <summary>Special session values.</summary>
public enum CurrentSessionKind
{
    /// <summary>User.</summary>
    User,
    /// <summary>Catalog.</summary>
    Catalog,
    /// <summary>Schema.</summary>
    Schema,
    /// <summary>Path.</summary>
    Path,
}
