namespace Manifold.Server.Queries;

/// <summary>A transaction a client opened with START TRANSACTION and has not committed or rolled back: what
/// <c>system.runtime.transactions</c> lists and what the idle timeout (<c>transaction.idle-timeout</c>) forgets.</summary>
/// <param name="TransactionId">The id the client sends back in <c>X-Trino-Transaction-Id</c>.</param>
/// <param name="IsolationLevel">The isolation level it was opened with (READ UNCOMMITTED unless given).</param>
/// <param name="ReadOnly">Whether it was opened READ ONLY.</param>
/// <param name="CreateTime">When it was opened.</param>
public sealed record OpenTransaction(string TransactionId, string IsolationLevel, bool ReadOnly, DateTimeOffset CreateTime)
{
    private long _lastUsedTicks = CreateTime.UtcTicks;

    /// <summary>When a statement last used it.</summary>
    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    internal void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);
}
