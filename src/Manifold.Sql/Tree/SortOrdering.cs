namespace Manifold.Sql.Tree;

/// <summary>Sort direction.</summary>
public enum SortOrdering
{
    /// <summary>Ascending.</summary>
    Ascending,
    /// <summary>Descending.</summary>
    Descending,
}
