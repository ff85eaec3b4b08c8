namespace Manifold.Sql.Tree;

/// <summary>A transaction mode.</summary>
public enum TransactionModeKind
{
    /// <summary>ReadUncommitted.</summary>
    ReadUncommitted,
    /// <summary>ReadCommitted.</summary>
    ReadCommitted,
    /// <summary>RepeatableRead.</summary>
    RepeatableRead,
    /// <summary>Serializable.</summary>
    Serializable,
    /// <summary>ReadOnly.</summary>
    ReadOnly,
    /// <summary>ReadWrite.</summary>
    ReadWrite,
}
