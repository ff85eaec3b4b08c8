namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary>One row of <c>system.runtime.transactions</c>.</summary>
/// <param name="TransactionId">The transaction id.</param>
/// <param name="IsolationLevel">The isolation level name (e.g. <c>READ UNCOMMITTED</c>).</param>
/// <param name="ReadOnly">Whether it is read-only.</param>
/// <param name="AutoCommitContext">Whether it was opened implicitly for one statement.</param>
/// <param name="CreateTime">When it was opened.</param>
/// <param name="IdleTime">How long it has been idle.</param>
/// <param name="WrittenCatalog">The catalog it wrote, if any.</param>
/// <param name="Catalogs">The catalogs it touched.</param>
public sealed record RuntimeTransactionInfo(
    string TransactionId, string IsolationLevel, bool ReadOnly, bool AutoCommitContext, DateTimeOffset CreateTime,
    TimeSpan IdleTime, string? WrittenCatalog, IReadOnlyList<string> Catalogs);
