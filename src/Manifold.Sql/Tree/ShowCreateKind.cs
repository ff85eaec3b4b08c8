namespace Manifold.Sql.Tree;

/// <summary>SHOW CREATE kind.</summary>
public enum ShowCreateKind
{
    /// <summary>Table.</summary>
    Table,
    /// <summary>View.</summary>
    View,
    /// <summary>Schema.</summary>
    Schema,
}
