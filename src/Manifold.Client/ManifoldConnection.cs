using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Manifold.Client.Protocol;

namespace Manifold.Client;

/// <summary>A connection to a Manifold coordinator, or to any server of the Trino/Presto client protocol.</summary>
/// <remarks>
/// The protocol is stateless: "opening" checks the server (<c>GET /v1/info</c>), and the session (catalog, schema,
/// session properties, prepared statements, transaction) lives in the connection and travels in the headers of each
/// statement. Statements that change it (<c>USE</c>, <c>SET SESSION</c>, <c>RESET SESSION</c>, <c>PREPARE</c>,
/// <c>DEALLOCATE PREPARE</c>, <c>START TRANSACTION</c>, <c>COMMIT</c>, ...) are answered with response headers, which the
/// connection applies, so later commands see the change. Opening again starts from the connection string.
/// <para>Several commands may run at once on one connection; they share its session.</para>
/// </remarks>
public sealed partial class ManifoldConnection : DbConnection
{
    private string _connectionString = "";
    private ManifoldConnectionStringBuilder _settings = new();
    private ConnectionState _state = ConnectionState.Closed;
    private HttpTransport? _transport;
    private ClientSession? _session;
    private ManifoldServerInfo? _serverInfo;
    private ManifoldTransaction? _transaction;

    /// <summary>Creates a connection without a connection string.</summary>
    public ManifoldConnection()
    {
    }

    /// <summary>Creates a connection.</summary>
    /// <param name="connectionString">See <see cref="ManifoldConnectionStringBuilder"/> for the keys.</param>
    public ManifoldConnection(string connectionString) => ConnectionString = connectionString;

    /// <inheritdoc />
    [AllowNull]
    public override string ConnectionString
    {
        get => _connectionString;
        set
        {
            if (_state != ConnectionState.Closed)
            {
                throw new InvalidOperationException("The connection string cannot change while the connection is open");
            }
            _settings = new ManifoldConnectionStringBuilder(value ?? "");
            _connectionString = value ?? "";
        }
    }

    /// <summary>The current catalog (what <c>USE</c> last set, else the connection string's).</summary>
    public override string Database => _session?.Catalog ?? _settings.Catalog ?? "";

    /// <summary>The current schema.</summary>
    public string? Schema => _session is null ? _settings.Schema : _session.Schema;

    /// <summary><c>host:port</c>.</summary>
    public override string DataSource => $"{_settings.Host}:{_settings.Port}";

    /// <summary>The server's version from <c>/v1/info</c>.</summary>
    public override string ServerVersion => _serverInfo?.Version ?? throw new InvalidOperationException("The connection is not open");

    /// <inheritdoc />
    public override ConnectionState State => _state;

    /// <summary>Seconds per HTTP request (the <c>Timeout</c> key).</summary>
    public override int ConnectionTimeout => _settings.Timeout;

    /// <summary>What <c>/v1/info</c> answered when the connection was opened.</summary>
    public ManifoldServerInfo? ServerInfo => _serverInfo;

    /// <summary>The session properties the connection sends (from the connection string and <c>SET SESSION</c>).</summary>
    public IReadOnlyDictionary<string, string> SessionProperties => _session?.Properties ?? new Dictionary<string, string>();

    /// <summary>Prepared statements added by <c>PREPARE</c> (name → SQL text).</summary>
    public IReadOnlyDictionary<string, string> PreparedStatements => _session?.PreparedStatements ?? new Dictionary<string, string>();

    /// <summary>The id of the open transaction, null in autocommit.</summary>
    public string? TransactionId => _session?.TransactionId;

    /// <summary>The session user (changes with <c>SET SESSION AUTHORIZATION</c>).</summary>
    public string? User => _session?.User ?? _settings.User;

    /// <summary>The parsed connection string.</summary>
    internal ManifoldConnectionStringBuilder Settings => _settings;

    internal HttpTransport Transport => _transport ?? throw new InvalidOperationException("The connection is not open");

    internal ClientSession Session => _session ?? throw new InvalidOperationException("The connection is not open");

    /// <inheritdoc />
    protected override DbProviderFactory DbProviderFactory => ManifoldFactory.Instance;

    /// <summary>Sets (or with null removes) a session property for the following commands, as <c>SET SESSION</c> does.</summary>
    /// <param name="name">The property, e.g. <c>query_max_run_time</c> or <c>catalog.property</c>.</param>
    /// <param name="value">The value as text.</param>
    public void SetSessionProperty(string name, string? value) => Session.SetProperty(name, value);

    /// <inheritdoc />
    public override void Open() => OpenAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Checks the server with <c>GET /v1/info</c> and starts a session from the connection string.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task for the open.</returns>
    /// <exception cref="InvalidOperationException">A password or token over plain http without AllowPasswordOverHttp.</exception>
    /// <exception cref="NotSupportedException">Kerberos is set (not implemented yet).</exception>
    /// <exception cref="ManifoldDbException">The server cannot be reached or did not answer as a coordinator.</exception>
    public override async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (_state != ConnectionState.Closed)
        {
            throw new InvalidOperationException("The connection is already open");
        }
        var transport = new HttpTransport(_settings);
        var session = new ClientSession(_settings);
        _state = ConnectionState.Connecting;
        try
        {
            _serverInfo = await FetchServerInfoAsync(transport, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _state = ConnectionState.Closed;
            throw;
        }
        _transport = transport;
        _session = session;
        _state = ConnectionState.Open;
        OnStateChange(new StateChangeEventArgs(ConnectionState.Closed, ConnectionState.Open));
    }

    /// <summary>Closes the connection: rolls back an open transaction and forgets the session.</summary>
    public override void Close() => CloseAsync().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override async Task CloseAsync()
    {
        if (_state == ConnectionState.Closed)
        {
            return;
        }
        if (_transaction is { IsCompleted: false } transaction)
        {
            try
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
            }
            catch (ManifoldDbException)
            {
            }
        }
        _transaction = null;
        _session = null;
        _transport = null;
        _state = ConnectionState.Closed;
        OnStateChange(new StateChangeEventArgs(ConnectionState.Open, ConnectionState.Closed));
    }

    /// <summary>Sets the current catalog, as <c>USE catalog</c> would without a round trip.</summary>
    /// <param name="databaseName">The catalog.</param>
    public override void ChangeDatabase(string databaseName) => Session.Catalog = databaseName;

    /// <summary>Creates a command on this connection.</summary>
    /// <returns>The command.</returns>
    public new ManifoldCommand CreateCommand() => new() { Connection = this };

    /// <inheritdoc />
    protected override DbCommand CreateDbCommand() => CreateCommand();

    /// <summary>Starts a transaction (<c>START TRANSACTION</c>).</summary>
    /// <returns>The transaction.</returns>
    public new ManifoldTransaction BeginTransaction() => BeginTransaction(IsolationLevel.Unspecified);

    /// <summary>Starts a transaction with an isolation level.</summary>
    /// <param name="isolationLevel">Unspecified, ReadUncommitted, ReadCommitted, RepeatableRead or Serializable.</param>
    /// <returns>The transaction.</returns>
    public new ManifoldTransaction BeginTransaction(IsolationLevel isolationLevel)
        => BeginTransactionAsync(isolationLevel, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Starts a transaction with an isolation level.</summary>
    /// <param name="isolationLevel">Unspecified, ReadUncommitted, ReadCommitted, RepeatableRead or Serializable.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The transaction.</returns>
    public new async Task<ManifoldTransaction> BeginTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken = default)
    {
        if (_transaction is { IsCompleted: false })
        {
            throw new InvalidOperationException("A transaction is already open on this connection");
        }
        await using (var command = new ManifoldCommand(ManifoldTransaction.StartStatement(isolationLevel), this))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        string id = Session.TransactionId ?? throw new ManifoldDbException("The server did not start a transaction (no Started-Transaction-Id header)");
        _transaction = new ManifoldTransaction(this, isolationLevel, id);
        return _transaction;
    }

    /// <inheritdoc />
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => BeginTransaction(isolationLevel);

    /// <inheritdoc />
    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken)
        => await BeginTransactionAsync(isolationLevel, cancellationToken).ConfigureAwait(false);

    internal void EndTransaction(ManifoldTransaction transaction)
    {
        if (ReferenceEquals(_transaction, transaction))
        {
            _transaction = null;
        }
        _session?.ClearTransaction();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }
        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
