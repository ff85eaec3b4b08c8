using System.Collections.Immutable;
using Manifold.Server.Hosting;
using Manifold.Server.Security.Jwt;

namespace Manifold.Server.Security;

/// <summary><c>http-server.authentication.*</c> of <c>etc/config.properties</c>, plus each method's own settings.</summary>
internal sealed record AuthenticationSettings
{
    /// <summary>The methods of <c>http-server.authentication.type</c>, in the order this build knows them.</summary>
    public static ImmutableArray<string> KnownTypes { get; } = ["PASSWORD", "KERBEROS", "JWT"];

    /// <summary>No authentication: the user is whatever <c>X-Trino-User</c> says (Trino's "insecure" authenticator).</summary>
    public static AuthenticationSettings None { get; } = new();

    /// <summary><c>http-server.authentication.type</c>: the methods, upper case, in the order they are tried.</summary>
    public ImmutableArray<string> Types { get; init; } = [];

    /// <summary>The password file authenticator's settings, when PASSWORD is one of the types.</summary>
    public PasswordFileSettings? PasswordFile { get; init; }

    /// <summary><c>http-server.authentication.password.user-mapping.pattern</c> or <c>.file</c>: how a PASSWORD login
    /// name becomes the user (the login name itself by default).</summary>
    public UserMapping PasswordUserMapping { get; init; } = UserMapping.None;

    /// <summary>The <c>http-server.authentication.krb5.*</c> settings, when KERBEROS is one of the types.</summary>
    public KerberosSettings? Kerberos { get; init; }

    /// <summary>The <c>http-server.authentication.jwt.*</c> settings, when JWT is one of the types.</summary>
    public JwtSettings? Jwt { get; init; }

    /// <summary>The key derived from <c>internal-communication.shared-secret</c>: with it, a request carrying a valid
    /// <c>X-Trino-Internal-Bearer</c> is another node's and skips user authentication (see <see cref="InternalRequestSigner"/>).
    /// Only the derived key is kept, so printing the settings never shows the secret.</summary>
    public byte[]? InternalSecretKey { get; init; }

    /// <summary><c>http-server.authentication.allow-insecure-over-http</c>: with authentication configured, whether plain
    /// HTTP requests are served at all (user from <c>X-Trino-User</c>, passwords refused). Default false, as in Trino.</summary>
    public bool AllowInsecureOverHttp { get; init; }

    /// <summary><c>http-server.authentication.max-failed-attempts</c>: failed logins allowed at once per user and address
    /// before further attempts get 429 (0 turns the limit off). Default 10.</summary>
    public int MaxFailedAttempts { get; init; } = 10;

    /// <summary><c>http-server.authentication.failed-attempts-window</c>: how long a used-up allowance takes to refill. Default 1m.</summary>
    public TimeSpan FailedAttemptsWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether any authenticator is configured.</summary>
    public bool Enabled => !Types.IsEmpty;

    /// <summary>Whether requests pass the authentication middleware: users authenticate, or nodes may.</summary>
    public bool MiddlewareNeeded => Enabled || InternalSecretKey is not null;

    /// <summary>Reads the <c>http-server.authentication.*</c> properties (and, per configured method, its settings).</summary>
    /// <exception cref="Spi.Errors.ManifoldException">CONFIGURATION_INVALID naming the bad setting.</exception>
    public static AuthenticationSettings Load(IReadOnlyDictionary<string, string> properties, string? etcDirectory)
    {
        var settings = new AuthenticationSettings();
        if (properties.TryGetValue("http-server.authentication.allow-insecure-over-http", out string? insecure))
        {
            settings = settings with { AllowInsecureOverHttp = PropertyValues.Bool("http-server.authentication.allow-insecure-over-http", insecure) };
        }
        if (properties.TryGetValue("http-server.authentication.max-failed-attempts", out string? attempts))
        {
            settings = settings with { MaxFailedAttempts = PropertyValues.Int("http-server.authentication.max-failed-attempts", attempts, 0, int.MaxValue) };
        }
        if (properties.TryGetValue("http-server.authentication.failed-attempts-window", out string? window))
        {
            settings = settings with { FailedAttemptsWindow = PropertyValues.Time("http-server.authentication.failed-attempts-window", window) };
        }
        if (properties.TryGetValue("internal-communication.shared-secret", out string? secret))
        {
            settings = secret.Trim().Length > 0
                ? settings with { InternalSecretKey = InternalRequestSigner.DeriveKey(secret.Trim()) }
                : throw PropertyValues.Invalid("internal-communication.shared-secret must not be empty");
        }
        if (!properties.TryGetValue("http-server.authentication.type", out string? typeList) || typeList.Trim().Length == 0)
        {
            return settings;
        }
        var types = ImmutableArray.CreateBuilder<string>();
        foreach (string entry in typeList.Split(',', StringSplitOptions.TrimEntries))
        {
            string type = entry.ToUpperInvariant();
            if (!KnownTypes.Contains(type))
            {
                throw PropertyValues.Invalid(
                    $"http-server.authentication.type: unknown method '{entry}' (known: {string.Join(", ", KnownTypes)})");
            }
            if (types.Contains(type))
            {
                throw PropertyValues.Invalid($"http-server.authentication.type names {type} twice: '{typeList}'");
            }
            types.Add(type);
        }
        settings = settings with { Types = types.ToImmutable() };
        foreach (string type in settings.Types)
        {
            settings = type switch
            {
                "PASSWORD" => settings with
                {
                    PasswordFile = PasswordFileSettings.Load(etcDirectory),
                    PasswordUserMapping = UserMapping.Load(properties, "http-server.authentication.password."),
                },
                "KERBEROS" => settings with { Kerberos = KerberosSettings.Load(properties) },
                "JWT" => settings with { Jwt = JwtSettings.Load(properties) },
                _ => settings,
            };
        }
        return settings;
    }
}
