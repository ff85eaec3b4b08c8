using Manifold.Server.Hosting;

namespace Manifold.Server.Security;

/// <summary><c>http-server.authentication.krb5.*</c> of <c>etc/config.properties</c> for
/// <c>http-server.authentication.type=KERBEROS</c> (Trino's names).</summary>
/// <param name="ServiceName"><c>krb5.service-name</c>: the service part of the server's principal (<c>HTTP</c>).</param>
/// <param name="KeytabPath"><c>krb5.keytab</c>: the keytab holding the service's keys (absolute path).</param>
/// <param name="PrincipalHostname"><c>krb5.principal-hostname</c>: the host part of the server's principal, when set.</param>
/// <param name="UserMapping"><c>krb5.user-mapping.pattern</c> or <c>krb5.user-mapping.file</c>: how the principal
/// (<c>alice@REALM</c>) becomes the user; without either the user is the whole principal, as in Trino.</param>
/// <param name="PersistCredentials"><c>krb5.persist-credentials</c> (Manifold's own, default false): once a connection
/// authenticated, later requests on it without an <c>Authorization</c> header count as the same user. Only for clients
/// that connect directly: a proxy that pools connections for many users would hand one user's identity to another.</param>
internal sealed record KerberosSettings(string ServiceName, string KeytabPath, string? PrincipalHostname, UserMapping UserMapping,
    bool PersistCredentials = false)
{
    public const string Prefix = "http-server.authentication.krb5.";

    /// <summary>Reads and checks the <c>krb5.*</c> properties.</summary>
    /// <exception cref="Spi.Errors.ManifoldException">CONFIGURATION_INVALID naming the missing or bad property.</exception>
    public static KerberosSettings Load(IReadOnlyDictionary<string, string> properties)
    {
        string serviceName = properties.GetValueOrDefault(Prefix + "service-name", "").Trim();
        if (serviceName.Length == 0)
        {
            throw PropertyValues.Invalid($"http-server.authentication.type=KERBEROS needs {Prefix}service-name (e.g. HTTP)");
        }
        string keytab = properties.GetValueOrDefault(Prefix + "keytab", "").Trim();
        if (keytab.Length == 0)
        {
            throw PropertyValues.Invalid($"http-server.authentication.type=KERBEROS needs {Prefix}keytab (the service's keytab file)");
        }
        keytab = Path.GetFullPath(keytab);
        if (!File.Exists(keytab))
        {
            throw PropertyValues.Invalid($"{Prefix}keytab: file not found: '{keytab}'");
        }
        string? hostname = properties.GetValueOrDefault(Prefix + "principal-hostname")?.Trim();
        UserMapping mapping = UserMapping.Load(properties, Prefix);
        bool persist = properties.TryGetValue(Prefix + "persist-credentials", out string? persistValue)
            && PropertyValues.Bool(Prefix + "persist-credentials", persistValue);
        return new KerberosSettings(serviceName, keytab, string.IsNullOrEmpty(hostname) ? null : hostname, mapping, persist);
    }
}
