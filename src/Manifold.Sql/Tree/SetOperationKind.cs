namespace Manifold.Sql.Tree;

/// <summary>The set operation.</summary>
public enum SetOperationKind
{
    /// <summary>Union.</summary>
    Union,
    /// <summary>Intersect.</summary>
    Intersect,
    /// <summary>Except.</summary>
    Except,
}
