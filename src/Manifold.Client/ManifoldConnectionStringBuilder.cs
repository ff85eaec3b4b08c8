using System.Data.Common;
using System.Globalization;

namespace Manifold.Client;

/// <summary>Builds and parses connection strings for <see cref="ManifoldConnection"/>.</summary>
/// <remarks>
/// Keys (case-insensitive): <c>Host</c>, <c>Port</c> (8080), <c>User</c>, <c>Password</c>, <c>Catalog</c>, <c>Schema</c>,
/// <c>Source</c>, <c>ClientTags</c> (comma list), <c>SessionProperties</c>, <c>TimeZone</c>, <c>SslMode</c>
/// (Disable | Require | VerifyCA | VerifyFull), <c>SslRootCert</c> (PEM or PKCS#12 file), <c>SslRootCertPassword</c>
/// (of a PKCS#12 file), <c>Kerberos</c> (service name, e.g. HTTP), <c>KerberosCredentialCachePath</c>,
/// <c>AccessToken</c> (JWT, sent as <c>Authorization: Bearer</c>), <c>Timeout</c> (seconds per HTTP request, 0 = none),
/// <c>CommandTimeout</c> (default for commands, seconds, 0 = none), <c>HeaderFamily</c> (Trino | Presto) and
/// <c>AllowPasswordOverHttp</c> (false).
/// <para><c>SessionProperties</c> is a comma-separated list of <c>name=value</c> pairs, for example
/// <c>SessionProperties=query_max_run_time=1h,tpch.splits_per_node=4</c>. A value is percent-decoded, so write a comma
/// inside a value as <c>%2C</c>. Because <c>;</c> separates connection-string keys, quote the whole value if it holds one.</para>
/// </remarks>
public sealed class ManifoldConnectionStringBuilder : DbConnectionStringBuilder
{
    private static readonly string[] s_keys =
    [
        "Host", "Port", "User", "Password", "Catalog", "Schema", "Source", "ClientTags", "SessionProperties", "TimeZone",
        "SslMode", "SslRootCert", "SslRootCertPassword", "Kerberos", "KerberosCredentialCachePath", "AccessToken", "Timeout", "CommandTimeout", "HeaderFamily", "AllowPasswordOverHttp",
    ];

    /// <summary>Creates an empty builder.</summary>
    public ManifoldConnectionStringBuilder()
    {
    }

    /// <summary>Creates a builder from a connection string.</summary>
    /// <param name="connectionString">The connection string to parse.</param>
    public ManifoldConnectionStringBuilder(string? connectionString) => ConnectionString = connectionString ?? "";

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override object this[string keyword]
    {
        get => base[Canonical(keyword)];
        set => base[Canonical(keyword)] = value;
    }

    /// <summary>The coordinator's host name or address.</summary>
    public string Host { get => GetString("Host") ?? ""; set => base["Host"] = value; }

    /// <summary>The coordinator's port; 8080 when not set.</summary>
    public int Port { get => GetInt("Port", 8080); set => base["Port"] = value; }

    /// <summary>The session user (<c>X-Trino-User</c>); also the Basic authentication user when a password is set.</summary>
    public string? User { get => GetString("User"); set => Set("User", value); }

    /// <summary>Password for Basic authentication; requires TLS unless <see cref="AllowPasswordOverHttp"/>.</summary>
    public string? Password { get => GetString("Password"); set => Set("Password", value); }

    /// <summary>The default catalog.</summary>
    public string? Catalog { get => GetString("Catalog"); set => Set("Catalog", value); }

    /// <summary>The default schema (needs a catalog).</summary>
    public string? Schema { get => GetString("Schema"); set => Set("Schema", value); }

    /// <summary>The client program's name (<c>X-Trino-Source</c>); <c>Manifold.Client</c> when not set.</summary>
    public string? Source { get => GetString("Source"); set => Set("Source", value); }

    /// <summary>Comma-separated client tags (<c>X-Trino-Client-Tags</c>), used by resource-group selectors.</summary>
    public string? ClientTags { get => GetString("ClientTags"); set => Set("ClientTags", value); }

    /// <summary>Initial session properties as <c>name=value,name2=value2</c> (values percent-decoded).</summary>
    public string? SessionProperties { get => GetString("SessionProperties"); set => Set("SessionProperties", value); }

    /// <summary>The session time zone: an IANA id (<c>America/New_York</c>) or an offset (<c>+05:30</c>).</summary>
    public string? TimeZone { get => GetString("TimeZone"); set => Set("TimeZone", value); }

    /// <summary>TLS mode; <see cref="ManifoldSslMode.Disable"/> (plain http) when not set.</summary>
    public ManifoldSslMode SslMode { get => GetEnum("SslMode", ManifoldSslMode.Disable); set => base["SslMode"] = value.ToString(); }

    /// <summary>A file with the root certificate(s) to trust for <see cref="ManifoldSslMode.VerifyCA"/> and
    /// <see cref="ManifoldSslMode.VerifyFull"/>: PEM, or PKCS#12 (a Java-style truststore exported as .p12) with
    /// <see cref="SslRootCertPassword"/>; the system store when not set.</summary>
    public string? SslRootCert { get => GetString("SslRootCert"); set => Set("SslRootCert", value); }

    /// <summary>The password of a PKCS#12 <see cref="SslRootCert"/>; none when not set.</summary>
    public string? SslRootCertPassword { get => GetString("SslRootCertPassword"); set => Set("SslRootCertPassword", value); }

    /// <summary>Kerberos (SPNEGO) authentication with this service name (usually <c>HTTP</c>, Trino JDBC's
    /// <c>KerberosRemoteServiceName</c>): every request carries a fresh <c>Authorization: Negotiate</c> token for the
    /// principal <c>service/Host</c>, made from the tickets of the credential cache (<c>kinit</c>). Needs TLS unless
    /// <see cref="AllowPasswordOverHttp"/>; cannot be combined with a password or access token.</summary>
    public string? Kerberos { get => GetString("Kerberos"); set => Set("Kerberos", value); }

    /// <summary>The Kerberos credential cache to take tickets from (a file path or <c>TYPE:residual</c>); the default
    /// cache (<c>KRB5CCNAME</c>, else the system default) when not set. MIT Kerberos (Linux) only.</summary>
    public string? KerberosCredentialCachePath { get => GetString("KerberosCredentialCachePath"); set => Set("KerberosCredentialCachePath", value); }

    /// <summary>A JWT sent as <c>Authorization: Bearer</c> on every request.</summary>
    public string? AccessToken { get => GetString("AccessToken"); set => Set("AccessToken", value); }

    /// <summary>Seconds allowed for connecting and for each HTTP request (including retries of one request); 0 means
    /// no limit; 30 when not set.</summary>
    public int Timeout { get => GetInt("Timeout", 30); set => base["Timeout"] = value; }

    /// <summary>The default <see cref="ManifoldCommand.CommandTimeout"/> in seconds; 0 (no limit) when not set.</summary>
    public int CommandTimeout { get => GetInt("CommandTimeout", 0); set => base["CommandTimeout"] = value; }

    /// <summary>Which protocol headers to send: <c>X-Trino-*</c> (default) or <c>X-Presto-*</c>.</summary>
    public ManifoldHeaderFamily HeaderFamily { get => GetEnum("HeaderFamily", ManifoldHeaderFamily.Trino); set => base["HeaderFamily"] = value.ToString(); }

    /// <summary>Allows sending a password or access token over plain http. False by default: opening such a connection
    /// throws, because anyone on the path could read the credentials.</summary>
    public bool AllowPasswordOverHttp { get => GetBool("AllowPasswordOverHttp"); set => base["AllowPasswordOverHttp"] = value; }

    /// <summary>The parsed <see cref="SessionProperties"/>, in order.</summary>
    /// <returns>Name and value pairs.</returns>
    /// <exception cref="ArgumentException">An item is not <c>name=value</c>.</exception>
    public IReadOnlyList<KeyValuePair<string, string>> ParseSessionProperties()
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (string item in (SessionProperties ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = item.IndexOf('=');
            if (equals <= 0)
            {
                throw new ArgumentException($"SessionProperties item '{item}' is not name=value", nameof(SessionProperties));
            }
            result.Add(new(item[..equals].Trim(), Uri.UnescapeDataString(item[(equals + 1)..].Trim())));
        }
        return result;
    }

    /// <summary>The parsed <see cref="ClientTags"/>.</summary>
    /// <returns>The tags, trimmed, without empty items.</returns>
    public IReadOnlyList<string> ParseClientTags()
        => (ClientTags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Canonical(string keyword)
    {
        foreach (string key in s_keys)
        {
            if (string.Equals(key, keyword, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }
        throw new ArgumentException($"Unknown connection string key '{keyword}'; known keys: {string.Join(", ", s_keys)}", nameof(keyword));
    }

    private void Set(string key, string? value)
    {
        if (value is null)
        {
            Remove(key);
        }
        else
        {
            base[key] = value;
        }
    }

    private string? GetString(string key) => TryGetValue(key, out object? value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private int GetInt(string key, int fallback)
    {
        string? text = GetString(key);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0
            ? value
            : throw new ArgumentException($"Connection string key {key} must be a non-negative integer, not '{text}'");
    }

    private bool GetBool(string key)
    {
        string? text = GetString(key);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        return bool.TryParse(text, out bool value) ? value : throw new ArgumentException($"Connection string key {key} must be true or false, not '{text}'");
    }

    private T GetEnum<T>(string key, T fallback) where T : struct, Enum
    {
        string? text = GetString(key);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return Enum.TryParse(text, ignoreCase: true, out T value) && Enum.IsDefined(value)
            ? value
            : throw new ArgumentException($"Connection string key {key} must be one of {string.Join(", ", Enum.GetNames<T>())}, not '{text}'");
    }
}
