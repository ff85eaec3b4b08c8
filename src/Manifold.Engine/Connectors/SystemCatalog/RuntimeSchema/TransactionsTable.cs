using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary><c>system.runtime.transactions</c>: the open transactions, with Trino's columns.</summary>
internal sealed class TransactionsTable(ISystemRuntimeSource source)
    : SystemTable(SystemRuntimeTables.Schema, "transactions",
    [
        Varchar("transaction_id"), Varchar("isolation_level"), RuntimeColumns.Boolean("read_only"),
        RuntimeColumns.Boolean("auto_commit_context"), RuntimeColumns.Time("create_time"), RuntimeColumns.BigInt("idle_time_secs"),
        Varchar("written_catalog"), RuntimeColumns.VarcharArray("catalogs"),
    ])
{
    protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
    {
        foreach (RuntimeTransactionInfo transaction in source.ListTransactions())
        {
            yield return
            [
                transaction.TransactionId, transaction.IsolationLevel, transaction.ReadOnly, transaction.AutoCommitContext,
                RuntimeColumns.Value(transaction.CreateTime), (long)transaction.IdleTime.TotalSeconds, transaction.WrittenCatalog,
                transaction.Catalogs,
            ];
        }
    }
}
