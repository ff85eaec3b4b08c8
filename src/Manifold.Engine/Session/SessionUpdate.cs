namespace Manifold.Engine.Session;

/// <summary>How a statement changes the session for the statements after it (USE, SET SESSION, PREPARE, …).</summary>
public sealed record SessionUpdate
{
    /// <summary>No change.</summary>
    public static SessionUpdate None { get; } = new();

    /// <summary>New current catalog (USE).</summary>
    public string? SetCatalog { get; init; }

    /// <summary>New current schema (USE).</summary>
    public string? SetSchema { get; init; }

    /// <summary>Properties set, by (possibly catalog-qualified) name, values as text.</summary>
    public IReadOnlyDictionary<string, string> SetProperties { get; init; } = new Dictionary<string, string>();

    /// <summary>Properties reset to their defaults.</summary>
    public IReadOnlyList<string> ResetProperties { get; init; } = [];

    /// <summary>Prepared statements added, name → SQL.</summary>
    public IReadOnlyDictionary<string, string> AddedPreparedStatements { get; init; } = new Dictionary<string, string>();

    /// <summary>Prepared statements removed.</summary>
    public IReadOnlyList<string> DeallocatedPreparedStatements { get; init; } = [];

    /// <summary>A transaction that was started.</summary>
    public string? StartedTransactionId { get; init; }

    /// <summary>True when the transaction ended (COMMIT/ROLLBACK).</summary>
    public bool ClearTransactionId { get; init; }

    /// <summary>True when nothing changes.</summary>
    public bool IsEmpty => SetCatalog is null && SetSchema is null && SetProperties.Count == 0 && ResetProperties.Count == 0
        && AddedPreparedStatements.Count == 0 && DeallocatedPreparedStatements.Count == 0 && StartedTransactionId is null
        && !ClearTransactionId;
}
