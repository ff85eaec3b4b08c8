using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Manifold.Client.Protocol;

namespace Manifold.Client;

/// <summary>A SQL statement to run on a <see cref="ManifoldConnection"/>.</summary>
/// <remarks>
/// <para><b>Parameters.</b> Write positional <c>?</c> markers (parameters bound in collection order) or named
/// <c>@name</c> markers (bound by name, may repeat). The client sends the text as a prepared statement in the
/// <c>X-Trino-Prepared-Statement</c> request header together with <c>EXECUTE name USING literal, …</c> in one request
/// (what Trino's C# client does): the server parses the statement, binds the literals as values, and keeps nothing,
/// so there is no <c>DEALLOCATE</c> round trip and the statement never enters the connection's session. Values are
/// rendered as typed literals (<c>'O''Brien'</c>, <c>DECIMAL '1.50'</c>, <c>TIMESTAMP '…'</c>, <c>X'…'</c>,
/// <c>UUID '…'</c>, <c>ARRAY[…]</c>, <c>MAP(…)</c>), so they stay data.</para>
/// <para><b>Timeout.</b> <see cref="CommandTimeout"/> is a deadline for the whole statement, including reading its
/// rows; when it passes, the query is cancelled on the server and a <see cref="ManifoldDbException"/> with an inner
/// <see cref="TimeoutException"/> is thrown. 0 (the default unless the connection string sets <c>CommandTimeout</c>)
/// means no limit.</para>
/// <para><b>Cancel.</b> <see cref="Cancel"/> and cancelling the token of an async call send <c>DELETE nextUri</c>;
/// the server ends the query as USER_CANCELED.</para>
/// </remarks>
public sealed class ManifoldCommand : DbCommand
{
    private ManifoldConnection? _connection;
    private string _commandText = "";
    private int? _commandTimeout;
    private volatile StatementClient? _active;

    /// <summary>Creates a command without text or connection.</summary>
    public ManifoldCommand()
    {
    }

    /// <summary>Creates a command.</summary>
    /// <param name="commandText">The SQL text.</param>
    /// <param name="connection">The connection to run it on.</param>
    public ManifoldCommand(string commandText, ManifoldConnection? connection = null)
    {
        _commandText = commandText;
        _connection = connection;
    }

    /// <summary>Raised each time a protocol response of the running statement arrives (including while queued and while
    /// the reader fetches pages), from the thread that received it. The CLI's progress line uses it.</summary>
    public event EventHandler<ManifoldProgressEventArgs>? Progress;

    /// <summary>The id of the query the last execution created.</summary>
    public string? QueryId { get; private set; }

    /// <summary>The stats of the last response of the last execution.</summary>
    public ManifoldQueryStats? LastStats { get; private set; }

    /// <inheritdoc />
    [AllowNull]
    public override string CommandText { get => _commandText; set => _commandText = value ?? ""; }

    /// <summary>Seconds the whole statement may take, reading included; 0 means no limit.</summary>
    public override int CommandTimeout
    {
        get => _commandTimeout ?? _connection?.Settings.CommandTimeout ?? 0;
        set => _commandTimeout = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "CommandTimeout cannot be negative");
    }

    /// <summary>Only <see cref="System.Data.CommandType.Text"/> is supported.</summary>
    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new NotSupportedException("Only CommandType.Text is supported");
            }
        }
    }

    /// <inheritdoc />
    public override bool DesignTimeVisible { get; set; }

    /// <inheritdoc />
    public override UpdateRowSource UpdatedRowSource { get; set; }

    /// <summary>The connection the command runs on.</summary>
    public new ManifoldConnection? Connection { get => _connection; set => _connection = value; }

    /// <inheritdoc />
    protected override DbConnection? DbConnection { get => _connection; set => _connection = (ManifoldConnection?)value; }

    /// <summary>The parameters.</summary>
    public new ManifoldParameterCollection Parameters { get; } = new();

    /// <inheritdoc />
    protected override DbParameterCollection DbParameterCollection => Parameters;

    /// <summary>Informational: statements follow the connection's transaction (<see cref="ManifoldConnection.BeginTransaction()"/>)
    /// whether or not this is set.</summary>
    public new ManifoldTransaction? Transaction { get; set; }

    /// <inheritdoc />
    protected override DbTransaction? DbTransaction { get => Transaction; set => Transaction = (ManifoldTransaction?)value; }

    /// <summary>Creates a parameter.</summary>
    /// <returns>A new <see cref="ManifoldParameter"/>.</returns>
    public new ManifoldParameter CreateParameter() => new();

    /// <inheritdoc />
    protected override DbParameter CreateDbParameter() => new ManifoldParameter();

    /// <summary>Cancels the running statement: sends <c>DELETE nextUri</c>; the waiting call then fails with USER_CANCELED.</summary>
    public override void Cancel()
    {
        if (_active is { } statement)
        {
            statement.CancelAsync().GetAwaiter().GetResult();
        }
    }

    /// <summary>Cancels the running statement asynchronously (see <see cref="Cancel"/>).</summary>
    /// <returns>A task for the DELETE request.</returns>
    public Task CancelAsync() => _active?.CancelAsync() ?? Task.CompletedTask;

    /// <summary>Server-side statements are not needed: parameters are bound per execution.</summary>
    public override void Prepare()
    {
    }

    /// <summary>Runs the statement and returns a reader over its rows.</summary>
    /// <returns>The reader.</returns>
    public new ManifoldDataReader ExecuteReader() => ExecuteReaderAsync(CommandBehavior.Default, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the statement and returns a reader over its rows.</summary>
    /// <param name="behavior">Only <see cref="CommandBehavior.CloseConnection"/> has an effect.</param>
    /// <returns>The reader.</returns>
    public new ManifoldDataReader ExecuteReader(CommandBehavior behavior) => ExecuteReaderAsync(behavior, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the statement and returns a reader once the first rows (or the end) arrived.</summary>
    /// <param name="cancellationToken">Cancels the query on the server.</param>
    /// <returns>The reader.</returns>
    public new Task<ManifoldDataReader> ExecuteReaderAsync(CancellationToken cancellationToken = default)
        => ExecuteReaderAsync(CommandBehavior.Default, cancellationToken);

    /// <summary>Runs the statement and returns a reader once the first rows (or the end) arrived.</summary>
    /// <param name="behavior">Only <see cref="CommandBehavior.CloseConnection"/> has an effect.</param>
    /// <param name="cancellationToken">Cancels the query on the server.</param>
    /// <returns>The reader.</returns>
    public new async Task<ManifoldDataReader> ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken = default)
    {
        ManifoldConnection connection = _connection ?? throw new InvalidOperationException("The command has no connection");
        if (connection.State != ConnectionState.Open)
        {
            throw new InvalidOperationException("The connection is not open");
        }
        (string sql, KeyValuePair<string, string>? prepared) = Bind();
        var statement = new StatementClient(connection.Transport, connection.Session, TimeSpan.FromSeconds(CommandTimeout), OnProgress);
        _active = statement;
        try
        {
            ResultPage? first = await statement.StartAsync(sql, prepared, cancellationToken).ConfigureAwait(false);
            return new ManifoldDataReader(statement, first, connection, behavior);
        }
        catch
        {
            await statement.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => ExecuteReader(behavior);

    /// <inheritdoc />
    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
        => await ExecuteReaderAsync(behavior, cancellationToken).ConfigureAwait(false);

    /// <summary>Runs the statement to the end.</summary>
    /// <returns>The server's <c>updateCount</c> (rows changed by DML), or -1 when it sent none.</returns>
    public override int ExecuteNonQuery() => ExecuteNonQueryAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the statement to the end, reading and discarding any rows.</summary>
    /// <param name="cancellationToken">Cancels the query on the server.</param>
    /// <returns>The server's <c>updateCount</c>, or -1 when it sent none.</returns>
    public override async Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        await using ManifoldDataReader reader = await ExecuteReaderAsync(CommandBehavior.Default, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
        }
        return reader.RecordsAffected;
    }

    /// <summary>Runs the statement and returns the first column of the first row (null when there is no row).</summary>
    /// <returns>The value, <see cref="DBNull"/> for NULL.</returns>
    public override object? ExecuteScalar() => ExecuteScalarAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the statement and returns the first column of the first row; the rest of the query is cancelled.</summary>
    /// <param name="cancellationToken">Cancels the query on the server.</param>
    /// <returns>The value, <see cref="DBNull"/> for NULL, null when there is no row.</returns>
    public override async Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        await using ManifoldDataReader reader = await ExecuteReaderAsync(CommandBehavior.Default, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.FieldCount > 0 ? reader.GetValue(0) : null;
    }

    private void OnProgress(StatementClient statement)
    {
        QueryId = statement.QueryId;
        LastStats = statement.Stats;
        if (Progress is { } handler && statement.QueryId is { } id)
        {
            handler(this, new ManifoldProgressEventArgs(id, statement.Stats, statement.RowsRead));
        }
    }

    /// <summary>The text to POST and, with parameters, the prepared statement to send along.</summary>
    private (string Sql, KeyValuePair<string, string>? Prepared) Bind()
    {
        if (string.IsNullOrWhiteSpace(_commandText))
        {
            throw new InvalidOperationException("The command text is empty");
        }
        IReadOnlyList<ManifoldParameter> parameters = Parameters.Items;
        if (parameters.Count == 0)
        {
            return (_commandText, null);
        }
        string rewritten = ParameterBinder.Rewrite(_commandText, out List<string>? names, out int positionalCount);
        var values = new List<object?>();
        if (names is not null)
        {
            foreach (string parameterName in names)
            {
                int index = Parameters.IndexOf(parameterName);
                if (index < 0)
                {
                    throw new ArgumentException($"The command text uses @{parameterName}, which is not in Parameters");
                }
                values.Add(parameters[index].Value);
            }
        }
        else if (positionalCount > 0)
        {
            if (positionalCount != parameters.Count)
            {
                throw new ArgumentException($"The command text has {positionalCount} ? markers but {parameters.Count} parameters were given");
            }
            foreach (ManifoldParameter parameter in parameters)
            {
                values.Add(parameter.Value);
            }
        }
        else
        {
            return (_commandText, null);
        }
        string name = "manifold_" + Guid.NewGuid().ToString("N");
        var execute = new StringBuilder("EXECUTE ").Append(name).Append(" USING ");
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                execute.Append(", ");
            }
            SqlLiterals.Append(execute, values[i]);
        }
        return (execute.ToString(), new KeyValuePair<string, string>(name, rewritten.TrimEnd().TrimEnd(';')));
    }
}
