using System.CommandLine;
using Manifold.Cli.Terminal;
using Manifold.Sql.Lexing;

namespace Manifold.Cli.Sql;

/// <summary><c>manifold sql</c>: runs statements given with <c>--execute</c> or <c>--file</c>, or an interactive shell.</summary>
internal sealed class SqlCommand(CliConsole console)
{
    private readonly Option<bool> _local = new("--local")
    {
        Description = "Run the embedded engine in this process (the default without --server)",
    };

    private readonly Option<string?> _server = new("--server")
    {
        Description = "Send statements to this Manifold or Trino server, e.g. http://localhost:8080",
        HelpName = "URL",
    };

    private readonly Option<bool> _password = new("--password")
    {
        Description = "Authenticate with a password: MANIFOLD_PASSWORD, or asked for on the terminal (needs an https server)",
    };

    private readonly Option<string?> _accessToken = new("--access-token")
    {
        Description = "Authenticate with this JWT (sent as a bearer token; needs an https server); default: MANIFOLD_ACCESS_TOKEN. "
            + "Without --user the token's user is the session user",
        HelpName = "TOKEN",
    };

    private readonly Option<string?> _truststorePath = new("--truststore-path", "--ssl-root-cert")
    {
        Description = "With an https --server: a PEM or PKCS#12 file of the CA certificate(s) to trust instead of the system's",
        HelpName = "FILE",
    };

    private readonly Option<string?> _truststorePassword = new("--truststore-password")
    {
        Description = "The password of a PKCS#12 --truststore-path",
        HelpName = "PASSWORD",
    };

    private readonly Option<bool> _insecure = new("--insecure")
    {
        Description = "With an https --server: accept any server certificate (encrypts, but does not check who answers)",
    };

    private readonly Option<string?> _krb5ServiceName = new("--krb5-remote-service-name")
    {
        Description = "With an https --server: authenticate with Kerberos (SPNEGO) to this service, usually HTTP (principal SERVICE/host)",
        HelpName = "NAME",
    };

    private readonly Option<string?> _krb5CachePath = new("--krb5-credential-cache-path")
    {
        Description = "Kerberos credential cache holding the tickets (default: KRB5CCNAME, else the system's); get them with kinit",
        HelpName = "FILE",
    };

    private readonly Option<string?> _krb5ConfigPath = new("--krb5-config-path")
    {
        Description = "Kerberos configuration file (default: KRB5_CONFIG, else /etc/krb5.conf)",
        HelpName = "FILE",
    };

    private readonly Option<string?> _etc = new("--etc")
    {
        Description = "etc folder whose catalog/*.properties define the catalogs (default: the embedded memory and tpch catalogs)",
        HelpName = "DIR",
    };

    private readonly Option<string?> _catalog = new("--catalog") { Description = "Default catalog", HelpName = "CATALOG" };

    private readonly Option<string?> _schema = new("--schema") { Description = "Default schema", HelpName = "SCHEMA" };

    private readonly Option<string?> _user = new("--user")
    {
        Description = "Session user (default: the USER environment variable, else 'manifold')",
        HelpName = "USER",
    };

    private readonly Option<string[]> _session = new("--session")
    {
        Description = "Session property, as name=value or catalog.name=value (repeatable)",
        HelpName = "NAME=VALUE",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _execute = new("--execute", "-e")
    {
        Description = "Run these ';'-separated statements and exit",
        HelpName = "SQL",
    };

    private readonly Option<string?> _file = new("--file", "-f")
    {
        Description = "Run the statements of this file ('-' for standard input) and exit",
        HelpName = "FILE",
    };

    private readonly Option<string?> _outputFormat = new("--output-format")
    {
        Description = "Output format: " + string.Join(", ", OutputFormats.Names) + " (default: ALIGNED on a terminal, CSV when redirected)",
        HelpName = "FORMAT",
    };

    private readonly Option<bool> _ignoreErrors = new("--ignore-errors")
    {
        Description = "With --execute or --file, go on after a failed statement (the exit code is still 1)",
    };

    /// <summary>The environment variable an access token is read from when <c>--access-token</c> is not given.</summary>
    public const string AccessTokenVariable = "MANIFOLD_ACCESS_TOKEN";

    /// <summary>The command, running against the console.</summary>
    public Command Create()
    {
        var command = new Command("sql", "Run SQL statements: with --execute or --file, or in an interactive shell")
        {
            _local, _server, _password, _accessToken, _truststorePath, _truststorePassword, _insecure, _krb5ServiceName, _krb5CachePath, _krb5ConfigPath,
            _etc, _catalog, _schema, _user, _session, _execute, _file, _outputFormat, _ignoreErrors,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(ReadOptions(parse), console, cancellationToken));
        return command;
    }

    /// <summary>The options, checked.</summary>
    /// <exception cref="CliUsageException">Options that do not go together, or a bad value.</exception>
    private SqlCommandOptions ReadOptions(ParseResult parse)
    {
        if (parse.GetValue(_execute) is not null && parse.GetValue(_file) is not null)
        {
            throw new CliUsageException("Only one of --execute and --file may be given");
        }
        string? server = parse.GetValue(_server);
        if (server is not null && parse.GetValue(_local))
        {
            throw new CliUsageException("Only one of --local and --server may be given");
        }
        if (server is not null && parse.GetValue(_etc) is not null)
        {
            throw new CliUsageException("--etc applies to the embedded engine; a server reads its own etc folder");
        }
        if (parse.GetValue(_password) && server is null)
        {
            throw new CliUsageException("--password needs --server");
        }
        string? accessToken = parse.GetValue(_accessToken);
        if (accessToken is not null && server is null)
        {
            throw new CliUsageException("--access-token needs --server");
        }
        if (accessToken is null && server is not null && !parse.GetValue(_password) && parse.GetValue(_krb5ServiceName) is null
            && console.GetEnvironmentVariable(AccessTokenVariable) is { Length: > 0 } fromEnvironment)   // explicit credentials win
        {
            accessToken = fromEnvironment;
        }
        if (accessToken is not null && parse.GetValue(_password))
        {
            throw new CliUsageException("Only one of --password and --access-token may be given");
        }
        if ((parse.GetValue(_truststorePath) is not null || parse.GetValue(_insecure)) && server?.StartsWith("https:", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw new CliUsageException("--truststore-path (--ssl-root-cert) and --insecure need an https:// --server");
        }
        if (parse.GetValue(_truststorePath) is { } rootCert && !File.Exists(rootCert))
        {
            throw new CliUsageException($"--truststore-path file does not exist: {rootCert}");
        }
        if (parse.GetValue(_truststorePassword) is not null && parse.GetValue(_truststorePath) is null)
        {
            throw new CliUsageException("--truststore-password needs --truststore-path");
        }
        string? krb5Service = parse.GetValue(_krb5ServiceName);
        if ((parse.GetValue(_krb5CachePath) is not null || parse.GetValue(_krb5ConfigPath) is not null) && krb5Service is null)
        {
            throw new CliUsageException("--krb5-credential-cache-path and --krb5-config-path need --krb5-remote-service-name");
        }
        if (krb5Service is not null)
        {
            if (server?.StartsWith("https:", StringComparison.OrdinalIgnoreCase) != true)
            {
                throw new CliUsageException("--krb5-remote-service-name needs an https:// --server");
            }
            if (parse.GetValue(_password) || accessToken is not null)
            {
                throw new CliUsageException("Only one of --password, --access-token and --krb5-remote-service-name may be given");
            }
            if (parse.GetValue(_krb5ConfigPath) is { } config)
            {
                if (!File.Exists(config))
                {
                    throw new CliUsageException($"--krb5-config-path file does not exist: {config}");
                }
                NativeEnvironment.Set("KRB5_CONFIG", Path.GetFullPath(config));   // the Kerberos library reads the native environment
            }
        }
        if (parse.GetValue(_schema) is not null && parse.GetValue(_catalog) is null)
        {
            throw new CliUsageException("--schema needs --catalog");
        }
        var properties = new List<KeyValuePair<string, string>>();
        foreach (string value in parse.GetValue(_session) ?? [])
        {
            int equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliUsageException($"Session property must be name=value: '{value}'");
            }
            properties.Add(new(value[..equals].Trim(), value[(equals + 1)..].Trim()));
        }
        OutputFormat? format = null;
        if (parse.GetValue(_outputFormat) is { } name)
        {
            format = OutputFormats.TryParse(name, out OutputFormat parsed)
                ? parsed
                : throw new CliUsageException($"Unknown output format '{name}'; expected one of {string.Join(", ", OutputFormats.Names)}");
        }
        return new SqlCommandOptions
        {
            Local = parse.GetValue(_local),
            Server = server,
            Password = parse.GetValue(_password) ? ReadPassword() : null,
            AccessToken = accessToken,
            SslRootCert = parse.GetValue(_truststorePath),
            SslRootCertPassword = parse.GetValue(_truststorePassword),
            Insecure = parse.GetValue(_insecure),
            Krb5RemoteServiceName = krb5Service,
            Krb5CredentialCachePath = parse.GetValue(_krb5CachePath) is { } cache ? Path.GetFullPath(cache) : null,
            EtcDirectory = parse.GetValue(_etc),
            Catalog = parse.GetValue(_catalog),
            Schema = parse.GetValue(_schema),
            // With an access token or Kerberos and no --user, the server takes the authenticated principal as the user.
            User = parse.GetValue(_user)
                ?? (accessToken is not null || krb5Service is not null ? "" : console.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : "manifold"),
            SessionProperties = properties,
            Execute = parse.GetValue(_execute),
            File = parse.GetValue(_file),
            OutputFormat = format,
            IgnoreErrors = parse.GetValue(_ignoreErrors),
        };
    }

    /// <summary>The password: MANIFOLD_PASSWORD when set, else asked for on the terminal without echo.</summary>
    /// <exception cref="CliUsageException">No MANIFOLD_PASSWORD and no terminal to ask on.</exception>
    private string ReadPassword()
        => PasswordPrompt.FromEnvironment(console) ?? PasswordPrompt.Ask(console, "Password: ", "--password");

    /// <summary>Runs the command with parsed options; returns the exit code.</summary>
    public static async Task<int> RunAsync(SqlCommandOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        string? script = options.Execute;
        if (options.File is { } file)
        {
            try
            {
                script = file == "-" ? await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false) : await System.IO.File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.Write($"manifold: cannot read '{file}': {e.Message}\n");
                return ExitCodes.Failure;
            }
        }

        IStatementExecutor executor;
        try
        {
            executor = await CreateExecutorAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            console.Error.Write($"manifold: {e.Message}\n");
            return ExitCodes.Usage;
        }
        catch (QueryFailedException e)
        {
            console.Error.Write($"manifold: {e.Error.Message}\n");
            return ExitCodes.Failure;
        }
        await using (executor.ConfigureAwait(false))
        {
            if (script is not null)
            {
                OutputFormat format = options.OutputFormat ?? (console.IsOutputTerminal ? OutputFormat.Aligned : OutputFormat.Csv);
                var runner = new StatementRunner(executor, console, format);
                return await RunScriptAsync(script, runner, options.IgnoreErrors, cancellationToken).ConfigureAwait(false);
            }
            return await RunInteractiveAsync(executor, options, console, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The executor for the options: a server's (<c>--server</c>), else the embedded engine.</summary>
    private static async Task<IStatementExecutor> CreateExecutorAsync(SqlCommandOptions options, CancellationToken cancellationToken)
        => options.Server is { } server
            ? await RemoteStatementExecutor.ConnectAsync(options, server, cancellationToken).ConfigureAwait(false)
            : LocalStatementExecutor.Create(options.EtcDirectory, options.User, options.Catalog, options.Schema, options.SessionProperties);

    /// <summary>Runs each statement of <paramref name="script"/>; stops at the first failure unless told to go on.</summary>
    internal static async Task<int> RunScriptAsync(string script, StatementRunner runner, bool ignoreErrors, CancellationToken cancellationToken)
    {
        int exitCode = ExitCodes.Success;
        foreach (SqlStatementText statement in SqlStatementSplitter.Split(script))
        {
            StatementRunner.Outcome outcome = await runner.RunAsync(statement.Text.TrimEnd(), cancellationToken).ConfigureAwait(false);
            if (outcome == StatementRunner.Outcome.Succeeded)
            {
                continue;
            }
            exitCode = ExitCodes.Failure;
            if (outcome == StatementRunner.Outcome.Aborted || !ignoreErrors)
            {
                break;
            }
        }
        return exitCode;
    }

    private static Task<int> RunInteractiveAsync(IStatementExecutor executor, SqlCommandOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        OutputFormat format = options.OutputFormat ?? OutputFormat.Aligned;
        string? pager = console.IsOutputTerminal ? PagingWriter.FindPager(console.GetEnvironmentVariable) : null;
        var runner = new StatementRunner(executor, console, format, pager);
        LineHistory history = new(console.IsInputTerminal ? LineHistory.DefaultPath(console) : null);
        ILineReader reader = console.IsInputTerminal
            ? new ConsoleLineEditor(console.Out, history)
            : new PlainLineReader(console.In);
        return new Repl(executor, runner, reader, console, history).RunAsync(cancellationToken);
    }
}
