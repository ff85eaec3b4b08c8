using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using Manifold.Engine.Runtime;
using Manifold.Server.Cluster;
using Manifold.Server.Cluster.ResourceGroups;
using Manifold.Server.Endpoints;
using Manifold.Server.Queries;
using Manifold.Server.Security;
using Manifold.Server.Security.AccessControl;
using Manifold.Server.Security.Jwt;
using Manifold.Spi.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Hosting;

/// <summary>A running coordinator: Kestrel speaking the Trino/Presto client protocol over an embedded engine.</summary>
/// <example>
/// <code>
/// await using var host = await CoordinatorHost.StartAsync(new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1" });
/// Console.WriteLine(host.BaseAddress);   // http://127.0.0.1:54321/
/// await host.DrainAsync();               // SHUTTING_DOWN; running queries get shutdown.grace-period
/// </code>
/// </example>
public sealed class CoordinatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ManifoldEngine _engine;
    private readonly ServerState _state;
    private readonly ServerConfig _config;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _shutdown;
    private int _disposed;

    private CoordinatorHost(WebApplication app, ManifoldEngine engine, QueryManager queries, ServerState state, ServerConfig config, Uri baseAddress,
        Uri? httpsBaseAddress)
    {
        _app = app;
        _engine = engine;
        Queries = queries;
        _state = state;
        _config = config;
        BaseAddress = baseAddress;
        HttpsBaseAddress = httpsBaseAddress;
        _logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Manifold.Server.Hosting.CoordinatorHost");
        state.RequestShutdown = () => _ = ShutdownAsync();
    }

    /// <summary>The address the coordinator answers on, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The HTTPS address when <c>http-server.https.enabled=true</c>, e.g. <c>https://127.0.0.1:8443/</c>; null
    /// otherwise. <see cref="BaseAddress"/> is this one too when plain HTTP is off.</summary>
    public Uri? HttpsBaseAddress { get; }

    /// <summary>The query manager (also the <see cref="IQueryRegistry"/> for system tables and metrics).</summary>
    public QueryManager Queries { get; }

    /// <summary>The node's state as <c>/v1/info/state</c> reports it.</summary>
    public NodeState State => _state.State;

    /// <summary>This node's id.</summary>
    public string NodeId => _state.NodeId;

    /// <summary>Completes when the host stopped (after <see cref="ShutdownAsync"/> or disposal).</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>Reads the configuration, creates the engine and starts listening; returns once <c>/v1/info/state</c>
    /// answers ACTIVE.</summary>
    /// <exception cref="Spi.Errors.ManifoldException">CONFIGURATION_INVALID for a malformed etc/ setting.</exception>
    public static async Task<CoordinatorHost> StartAsync(CoordinatorOptions options, CancellationToken cancellationToken = default)
    {
        ServerConfig config = ServerConfig.Load(options);
        var state = new ServerState(config.NodeId, config.Environment, options.TimeProvider.GetUtcNow(), options.TimeProvider);
        IAdmissionController admission = options.AdmissionController
            ?? new ResourceGroupManager(config.ResourceGroups, config.NodeId, time: options.TimeProvider);
        var runtime = new CoordinatorRuntimeSource(state, admission);
        var logProvider = new TextWriterLoggerProvider(options.LogWriter ?? Console.Out, options.MinimumLogLevel);
        // The same provider as the host's (one lock around the writer); needed before the host is built.
        ILogger securityLogger = logProvider.CreateLogger("Manifold.Server.Security");
        IAccessControl accessControl = CreateAccessControl(config.AccessControl, options.TimeProvider, securityLogger);
        IGroupProvider? groups = config.GroupProvider is { } groupSettings
            ? new FileGroupProvider(groupSettings, options.TimeProvider, securityLogger)
            : null;
        var engine = ManifoldEngine.Create(new EngineOptions
        {
            NodeId = config.NodeId,
            EtcDirectory = options.EtcDirectory,
            TimeProvider = options.TimeProvider,
            RuntimeSource = runtime,
            AccessControl = accessControl,
        });
        try
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                ApplicationName = "Manifold.Server",
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logProvider);
            builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.None);
            // Signals are the caller's (the CLI drains on SIGTERM/Ctrl-C); the host must not stop on its own.
            builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
            ServerCertificateSource? certificates = config.Https.Enabled
                ? new ServerCertificateSource(config.Https.KeystorePath!, config.Https.KeystoreKey, securityLogger)
                : null;
            IRequestAuthenticator[] authenticators = CreateAuthenticators(config.Authentication, options.TimeProvider, securityLogger);
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                if (config.Https.HttpEnabled)
                {
                    kestrel.Listen(IPAddress.Parse(options.BindAddress), config.Port);
                }
                if (certificates is not null)
                {
                    kestrel.Listen(IPAddress.Parse(options.BindAddress), config.Https.Port, listen => listen.UseHttps(new TlsHandshakeCallbackOptions
                    {
                        // Per connection, so a replaced certificate file is served from the next handshake on.
                        OnConnection = _ => ValueTask.FromResult(new SslServerAuthenticationOptions
                        {
                            ServerCertificateContext = certificates.Current,
                            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                        }),
                    }));
                }
                kestrel.Limits.MaxRequestBodySize = (long)config.Queries.MaxQueryLength * 4 + 1024;
            });
            builder.Services.AddSingleton(engine);
            builder.Services.AddSingleton(state);
            builder.Services.AddSingleton(config);
            builder.Services.AddSingleton(admission);
            builder.Services.AddSingleton(config.Authentication);
            builder.Services.AddSingleton(accessControl);
            if (groups is not null)
            {
                builder.Services.AddSingleton(groups);
            }
            foreach (IRequestAuthenticator authenticator in authenticators)
            {
                builder.Services.AddSingleton(authenticator);
            }
            if (config.Authentication.InternalSecretKey is { } internalKey)
            {
                builder.Services.AddSingleton(new InternalRequestSigner(internalKey, config.NodeId, options.TimeProvider));
            }
            builder.Services.AddSingleton(new FailedLoginLimiter(config.Authentication.MaxFailedAttempts,
                config.Authentication.FailedAttemptsWindow, options.TimeProvider));
            builder.Services.AddSingleton(sp => new QueryManager(engine, admission,
                config.Queries, options.TimeProvider, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Manifold.Server.Queries.QueryManager"))
            {
                GroupProvider = groups,
            });
            builder.Services.AddSingleton<IQueryRegistry>(sp => sp.GetRequiredService<QueryManager>());

            WebApplication app = builder.Build();
            runtime.Attach(app.Services.GetRequiredService<QueryManager>());
            app.UseMiddleware<HttpMetricsMiddleware>();   // outermost: sees the status ProtocolErrorMiddleware writes
            app.UseMiddleware<ProtocolErrorMiddleware>();
            if (config.Authentication.MiddlewareNeeded)
            {
                app.UseMiddleware<AuthenticationMiddleware>();   // before every endpoint; writes its own 401/403
            }
            app.MapStatementEndpoints();
            app.MapInfoEndpoints();
            app.MapNodeEndpoints();
            app.MapQueryEndpoints();
            app.MapStageEndpoints();
            app.MapClusterEndpoints();
            app.MapResourceGroupEndpoints();
            app.MapMetricsEndpoints();
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            ICollection<string> addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            Uri? httpAddress = addresses.Where(a => a.StartsWith("http:", StringComparison.Ordinal)).Select(Loopback).FirstOrDefault();
            Uri? httpsAddress = addresses.Where(a => a.StartsWith("https:", StringComparison.Ordinal)).Select(Loopback).FirstOrDefault();
            Uri bound = httpAddress ?? httpsAddress!;
            string address = string.Join(" and ", addresses);
            state.ExternalAddress = bound.Host;
            var host = new CoordinatorHost(app, engine, app.Services.GetRequiredService<QueryManager>(), state, config, bound, httpsAddress);
            runtime.HttpUri = bound;
            state.State = NodeState.Active;
            host._logger.LogInformation("Coordinator {NodeId} listening on {Address} ({Catalogs}); SERVER STARTED",
                config.NodeId, address, string.Join(", ", engine.Catalogs.Catalogs.Select(c => c.Name)));
            return host;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>One authenticator per <c>http-server.authentication.type</c> entry, in the configured order.</summary>
    private static IRequestAuthenticator[] CreateAuthenticators(AuthenticationSettings settings, TimeProvider time, ILogger logger)
        => [.. settings.Types.Select(type => type switch
        {
            "PASSWORD" => (IRequestAuthenticator)new PasswordRequestAuthenticator(
                new FilePasswordAuthenticator(settings.PasswordFile!, time, logger), settings.PasswordUserMapping),
            "KERBEROS" => new KerberosRequestAuthenticator(settings.Kerberos!),
            "JWT" => new JwtRequestAuthenticator(settings.Jwt!, time, logger),
            _ => throw new InvalidOperationException($"No authenticator for {type}"),
        })];

    /// <summary>The file-based rules of etc/access-control.properties, or allow-all without it.</summary>
    /// <exception cref="Spi.Errors.ManifoldException">CONFIGURATION_INVALID for a rules file that cannot be read or parsed.</exception>
    private static IAccessControl CreateAccessControl(AccessControlSettings? settings, TimeProvider time, ILogger logger)
    {
        if (settings is null)
        {
            return AllowAllAccessControl.Instance;
        }
        var rules = new ReloadingFile<AccessRules>(settings.RulesFile, text => AccessRulesReader.Parse(settings.RulesFile, text),
            settings.RefreshPeriod, time, logger);
        return new FileBasedAccessControl(() => rules.Current);
    }

    private static Uri Loopback(string address)
        => new(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

    /// <summary>Stops accepting queries (<c>/v1/info/state</c> says SHUTTING_DOWN, new POSTs get 503), lets active
    /// queries end within <c>shutdown.grace-period</c>, then fails the rest with SERVER_SHUTTING_DOWN.</summary>
    /// <returns>How many queries were failed.</returns>
    public Task<int> DrainAsync(CancellationToken cancellationToken = default) => DrainAsync(_config.ShutdownGracePeriod, cancellationToken);

    /// <summary>As <see cref="DrainAsync(CancellationToken)"/> with a given grace period.</summary>
    public Task<int> DrainAsync(TimeSpan gracePeriod, CancellationToken cancellationToken = default)
    {
        _state.State = NodeState.ShuttingDown;
        return Queries.DrainAsync(gracePeriod, cancellationToken);
    }

    /// <summary>Drains, gives clients a moment to fetch the failures, then stops listening. Safe to call twice.</summary>
    public Task ShutdownAsync()
    {
        lock (_stopped)
        {
            return _shutdown ??= ShutdownCoreAsync();
        }
    }

    private async Task ShutdownCoreAsync()
    {
        _logger.LogInformation("Shutting down");
        int failed = await DrainAsync().ConfigureAwait(false);
        if (failed > 0)
        {
            // Clients polling with maxWait (at most 1 s) pick up their SERVER_SHUTTING_DOWN document.
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
        await DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            await _stopped.Task.ConfigureAwait(false);
            return;
        }
        _state.State = NodeState.ShuttingDown;
        try
        {
            await Queries.DisposeAsync().ConfigureAwait(false);
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _engine.Dispose();
            _logger.LogInformation("Coordinator stopped");
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }
}
