namespace Manifold.Sql.Tree;

/// <summary>A column key declared in CREATE TABLE.</summary>
public enum ColumnKeyKind
{
    /// <summary>None.</summary>
    None,
    /// <summary>PrimaryKey.</summary>
    PrimaryKey,
    /// <summary>Unique.</summary>
    Unique,
}
