using System.Data;
using System.Data.Common;

namespace Manifold.Client;

/// <summary>An explicit transaction: <c>START TRANSACTION</c>, then <c>COMMIT</c> or <c>ROLLBACK</c>. The transaction id
/// travels in the protocol's headers (<c>Started-Transaction-Id</c>, <c>Transaction-Id</c>, <c>Clear-Transaction-Id</c>),
/// so every command on the connection runs inside it until it ends.</summary>
public sealed class ManifoldTransaction : DbTransaction
{
    private readonly ManifoldConnection _connection;
    private bool _completed;

    internal ManifoldTransaction(ManifoldConnection connection, IsolationLevel isolationLevel, string transactionId)
    {
        _connection = connection;
        IsolationLevel = isolationLevel;
        TransactionId = transactionId;
    }

    /// <summary>The server's transaction id.</summary>
    public string TransactionId { get; }

    /// <summary>The connection.</summary>
    public new ManifoldConnection Connection => _connection;

    /// <inheritdoc />
    protected override DbConnection DbConnection => _connection;

    /// <inheritdoc />
    public override IsolationLevel IsolationLevel { get; }

    /// <summary>True once committed or rolled back.</summary>
    public bool IsCompleted => _completed;

    internal static string StartStatement(IsolationLevel isolationLevel) => isolationLevel switch
    {
        IsolationLevel.Unspecified => "START TRANSACTION",
        IsolationLevel.ReadUncommitted => "START TRANSACTION ISOLATION LEVEL READ UNCOMMITTED",
        IsolationLevel.ReadCommitted => "START TRANSACTION ISOLATION LEVEL READ COMMITTED",
        IsolationLevel.RepeatableRead => "START TRANSACTION ISOLATION LEVEL REPEATABLE READ",
        IsolationLevel.Serializable => "START TRANSACTION ISOLATION LEVEL SERIALIZABLE",
        IsolationLevel.Snapshot or IsolationLevel.Chaos => throw new NotSupportedException($"Isolation level {isolationLevel} is not supported"),
        _ => throw new ArgumentOutOfRangeException(nameof(isolationLevel)),
    };

    /// <inheritdoc />
    public override void Commit() => CommitAsync().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override void Rollback() => RollbackAsync().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override Task CommitAsync(CancellationToken cancellationToken = default) => EndAsync("COMMIT", cancellationToken);

    /// <inheritdoc />
    public override Task RollbackAsync(CancellationToken cancellationToken = default) => EndAsync("ROLLBACK", cancellationToken);

    private async Task EndAsync(string statement, CancellationToken cancellationToken)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back");
        }
        _completed = true;
        try
        {
            await using var command = new ManifoldCommand(statement, _connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _connection.EndTransaction(this);
        }
    }

    /// <summary>Rolls back when neither committed nor rolled back.</summary>
    /// <param name="disposing">True from Dispose.</param>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_completed && _connection.State == ConnectionState.Open)
        {
            try
            {
                Rollback();
            }
            catch (ManifoldDbException)
            {
                // The server may already have aborted it; the id is cleared either way.
            }
        }
        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (!_completed && _connection.State == ConnectionState.Open)
        {
            try
            {
                await RollbackAsync().ConfigureAwait(false);
            }
            catch (ManifoldDbException)
            {
            }
        }
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
