using System.Data;
using Manifold.Client;

namespace Manifold.Cli.Sql;

/// <summary>Runs statements on a Manifold or Trino server through <see cref="ManifoldConnection"/>
/// (<c>manifold sql --server URL</c>). The connection carries the session (USE, SET SESSION, PREPARE, transactions)
/// from statement to statement as the server's response headers say.</summary>
internal sealed class RemoteStatementExecutor : IStatementExecutor
{
    private readonly ManifoldConnection _connection;
    private StatementProgress? _progress;

    private RemoteStatementExecutor(ManifoldConnection connection) => _connection = connection;

    /// <inheritdoc />
    public string? Catalog => _connection.Database is { Length: > 0 } catalog ? catalog : null;

    /// <inheritdoc />
    public string? Schema => _connection.Schema;

    /// <summary>The running statement's progress as the server last reported it (shown before its first rows arrive).</summary>
    public StatementProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>Connects to <paramref name="server"/> (<c>http://host:port</c> or <c>https://…</c>) and checks that it
    /// answers.</summary>
    /// <exception cref="CliUsageException">A malformed URL or session property.</exception>
    /// <exception cref="QueryFailedException">The server cannot be reached or refuses the connection.</exception>
    public static async Task<RemoteStatementExecutor> ConnectAsync(SqlCommandOptions options, string server, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            throw new CliUsageException($"--server must be an http:// or https:// URL: '{server}'");
        }
        var settings = new ManifoldConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            User = options.User.Length > 0 ? options.User : null,
            Password = options.Password,
            AccessToken = options.AccessToken,
            Catalog = options.Catalog,
            Schema = options.Schema,
            Source = "manifold-cli",
            SslMode = uri.Scheme != "https" ? ManifoldSslMode.Disable : options.Insecure ? ManifoldSslMode.Require : ManifoldSslMode.VerifyFull,
            SslRootCert = options.SslRootCert,
            Kerberos = options.Krb5RemoteServiceName,
            KerberosCredentialCachePath = options.Krb5CredentialCachePath,
            SslRootCertPassword = options.SslRootCertPassword,
        };
        var connection = new ManifoldConnection(settings.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (name, value) in options.SessionProperties)
            {
                connection.SetSessionProperty(name, value);   // the server checks them with the first statement
            }
            return new RemoteStatementExecutor(connection);
        }
        catch (Exception e) when (e is ManifoldDbException or InvalidOperationException or ArgumentException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new QueryFailedException(new QueryError("", $"Cannot connect to {server}: {e.Message}", "SERVER_UNAVAILABLE", "EXTERNAL"), e);
        }
    }

    /// <inheritdoc />
    public async Task<IStatementResult> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        var command = new ManifoldCommand(sql, _connection) { CommandTimeout = 0 };
        Volatile.Write(ref _progress, null);
        command.Progress += (_, e) => Volatile.Write(ref _progress, ToProgress(e.Stats));
        try
        {
            ManifoldDataReader reader = await command.ExecuteReaderAsync(CommandBehavior.Default, cancellationToken).ConfigureAwait(false);
            return new RemoteStatementResult(command, reader);
        }
        catch (ManifoldDbException e)
        {
            await command.DisposeAsync().ConfigureAwait(false);
            throw Failed(e);
        }
        catch
        {
            await command.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The error a failed statement reports.</summary>
    internal static QueryFailedException Failed(ManifoldDbException e)
        => new(new QueryError(e.QueryId ?? "", e.Message, e.ErrorName ?? "GENERIC_INTERNAL_ERROR", e.ErrorType ?? "INTERNAL_ERROR",
            e.LineNumber, e.ColumnNumber), e);

    /// <summary>The CLI's view of the server's stats.</summary>
    internal static StatementProgress ToProgress(ManifoldQueryStats stats)
        => new(stats.State, stats.TotalSplits, stats.CompletedSplits, stats.ProcessedRows, stats.ProcessedBytes, stats.ElapsedTime);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
