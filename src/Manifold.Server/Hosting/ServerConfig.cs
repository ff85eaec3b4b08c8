using System.Globalization;
using System.Text.RegularExpressions;
using Manifold.Engine.Metadata;
using Manifold.Engine.Session;
using Manifold.Server.Cluster.ResourceGroups;
using Manifold.Server.Queries;
using Manifold.Server.Security;
using Manifold.Server.Security.AccessControl;
using Manifold.Spi.Errors;

namespace Manifold.Server.Hosting;

/// <summary>The coordinator settings of <c>etc/config.properties</c> (Trino's names), with defaults for every one.</summary>
internal sealed partial record ServerConfig
{
    public int Port { get; init; } = 8080;
    public string NodeId { get; init; } = "manifold";
    public string Environment { get; init; } = "manifold";
    public TimeSpan ShutdownGracePeriod { get; init; } = TimeSpan.FromSeconds(30);
    public QueryManagerOptions Queries { get; init; } = new();

    /// <summary>The HTTP and HTTPS listeners (<c>http-server.http.enabled</c>, <c>http-server.https.*</c>).</summary>
    public HttpsSettings Https { get; init; } = new();

    /// <summary><c>http-server.authentication.*</c> and, for PASSWORD, etc/password-authenticator.properties.</summary>
    public AuthenticationSettings Authentication { get; init; } = AuthenticationSettings.None;

    /// <summary>etc/access-control.properties; null for allow-all.</summary>
    public AccessControlSettings? AccessControl { get; init; }

    /// <summary>etc/group-provider.properties; null when users have no groups.</summary>
    public GroupProviderSettings? GroupProvider { get; init; }

    /// <summary>The resource groups: etc/resource-groups.json (or the file resource-groups.properties names), else one
    /// <c>global</c> group limited by <c>query.max-concurrent-queries</c> and <c>query.max-queued-queries</c>.</summary>
    public ResourceGroupsSpec ResourceGroups { get; init; } = ResourceGroupManager.DefaultSpec();

    /// <summary>Reads <c>config.properties</c> of <paramref name="etcDirectory"/> (if any), then applies the options;
    /// a malformed value fails with CONFIGURATION_INVALID naming the setting.</summary>
    public static ServerConfig Load(CoordinatorOptions options)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        string? file = options.EtcDirectory is null ? null : Path.Combine(options.EtcDirectory, "config.properties");
        if (file is not null && File.Exists(file))
        {
            foreach (var (key, value) in PropertiesFile.Load(file))
            {
                properties[key] = value;
            }
        }
        foreach (var (key, value) in options.Properties)
        {
            properties[key] = value;
        }
        var config = new ServerConfig();
        var queries = new QueryManagerOptions();
        int maxRunning = 1000;
        int maxQueued = 5000;
        var https = new HttpsSettings();
        foreach (var (key, value) in properties)
        {
            switch (key)
            {
                case "http-server.http.port":
                    config = config with { Port = PropertyValues.Int(key, value, 0, 65535) };
                    break;
                case "node.id":
                    config = config with { NodeId = value.Trim() };
                    break;
                case "node.environment":
                    config = config with { Environment = value.Trim() };
                    break;
                case "shutdown.grace-period":
                    config = config with { ShutdownGracePeriod = PropertyValues.Time(key, value) };
                    break;
                case "query.max-history":
                    queries = queries with { MaxHistory = PropertyValues.Int(key, value, 0, int.MaxValue) };
                    break;
                case "query.min-expire-age":
                    queries = queries with { MinExpireAge = PropertyValues.Time(key, value) };
                    break;
                case "query.client.timeout":
                    queries = queries with { ClientTimeout = PropertyValues.Time(key, value) };
                    break;
                case "query.max-run-time":
                    queries = queries with { MaxRunTime = PropertyValues.Time(key, value) };
                    break;
                case "query.max-execution-time":
                    queries = queries with { MaxExecutionTime = PropertyValues.Time(key, value) };
                    break;
                case "query.max-queued-time":
                    queries = queries with { MaxQueuedTime = PropertyValues.Time(key, value) };
                    break;
                case "transaction.idle-timeout":
                    queries = queries with { TransactionIdleTimeout = PropertyValues.Time(key, value) };
                    break;
                case "query.max-concurrent-queries":
                    maxRunning = PropertyValues.Int(key, value, 1, int.MaxValue);
                    break;
                case "query.max-queued-queries":
                    maxQueued = PropertyValues.Int(key, value, 0, int.MaxValue);
                    break;
                case "http-server.http.enabled":
                    https = https with { HttpEnabled = PropertyValues.Bool(key, value) };
                    break;
                case "http-server.https.enabled":
                    https = https with { Enabled = PropertyValues.Bool(key, value) };
                    break;
                case "http-server.https.port":
                    https = https with { Port = PropertyValues.Int(key, value, 0, 65535) };
                    break;
                case "http-server.https.keystore.path":
                    https = https with { KeystorePath = value.Trim() };
                    break;
                case "http-server.https.keystore.key":
                    https = https with { KeystoreKey = value };
                    break;
                case "query.max-length":
                    queries = queries with { MaxQueryLength = PropertyValues.Int(key, value, 1, int.MaxValue / 4) };
                    break;
            }
        }
        if (options.Port is { } port)
        {
            config = config with { Port = port };
        }
        if (options.NodeId is { } nodeId)
        {
            config = config with { NodeId = nodeId };
        }
        if (!NodeIdPattern().IsMatch(config.NodeId))
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid,
                $"node.id must be letters, digits, '_' or '-' (it ends every query id): '{config.NodeId}'");
        }
        if (https.Enabled && string.IsNullOrEmpty(https.KeystorePath))
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid,
                "http-server.https.keystore.path must name a PEM or PKCS#12 file when http-server.https.enabled=true");
        }
        if (!https.Enabled && !https.HttpEnabled)
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid,
                "http-server.http.enabled=false needs http-server.https.enabled=true: the coordinator would not listen at all");
        }
        AuthenticationSettings authentication = AuthenticationSettings.Load(properties, options.EtcDirectory);
        return config with
        {
            Https = https,
            Authentication = authentication,
            AccessControl = AccessControlSettings.Load(options.EtcDirectory),
            GroupProvider = GroupProviderSettings.Load(options.EtcDirectory),
            Queries = queries,
            ResourceGroups = ResourceGroupConfigReader.LoadFromEtc(options.EtcDirectory) ?? ResourceGroupManager.DefaultSpec(maxRunning, maxQueued),
        };
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex NodeIdPattern();
}
