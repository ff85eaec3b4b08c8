namespace Manifold.Server.Queries;

/// <summary>The query manager's settings (<c>query.*</c> in config.properties, Trino's names and defaults).</summary>
public sealed record QueryManagerOptions
{
    /// <summary><c>query.max-history</c>: finished queries kept once they are older than <see cref="MinExpireAge"/>.</summary>
    public int MaxHistory { get; init; } = 100;

    /// <summary><c>query.min-expire-age</c>: a finished query is kept at least this long.</summary>
    public TimeSpan MinExpireAge { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary><c>query.client.timeout</c>: a query whose client stops polling this long fails with ABANDONED_QUERY.</summary>
    public TimeSpan ClientTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary><c>query.max-run-time</c>: from creation to the end.</summary>
    public TimeSpan MaxRunTime { get; init; } = TimeSpan.FromDays(100);

    /// <summary><c>query.max-execution-time</c>: from the end of queueing to the end.</summary>
    public TimeSpan MaxExecutionTime { get; init; } = TimeSpan.FromDays(100);

    /// <summary><c>query.max-queued-time</c>: time in the queue.</summary>
    public TimeSpan MaxQueuedTime { get; init; } = TimeSpan.FromDays(100);

    /// <summary><c>query.max-length</c>: the longest SQL text accepted, in characters.</summary>
    public int MaxQueryLength { get; init; } = 1_000_000;

    /// <summary><c>transaction.idle-timeout</c>: an open transaction no statement used this long is forgotten (its next
    /// statement fails with UNKNOWN_TRANSACTION).</summary>
    public TimeSpan TransactionIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Encoded result bytes a query may buffer ahead of its client before its producer waits.</summary>
    public long OutputBufferBytes { get; init; } = 32L << 20;
}
