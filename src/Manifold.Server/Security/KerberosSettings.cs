using System.Text.RegularExpressions;
using Manifold.Server.Hosting;

namespace Manifold.Server.Security;

/// <summary><c>http-server.authentication.krb5.*</c> of <c>etc/config.properties</c> for
/// <c>http-server.authentication.type=KERBEROS</c> (Trino's names).</summary>
/// <param name="ServiceName"><c>krb5.service-name</c>: the service part of the server's principal (<c>HTTP</c>).</param>
/// <param name="KeytabPath"><c>krb5.keytab</c>: the keytab holding the service's keys (absolute path).</param>
/// <param name="PrincipalHostname"><c>krb5.principal-hostname</c>: the host part of the server's principal, when set.</param>
/// <param name="UserMapping"><c>krb5.user-mapping.pattern</c>, anchored: must match the whole principal
/// (<c>alice@REALM</c>); its first group is the user. Null: the user is the whole principal, as in Trino.</param>
/// <param name="PersistCredentials"><c>krb5.persist-credentials</c> (Manifold's own, default false): once a connection
/// authenticated, later requests on it without an <c>Authorization</c> header count as the same user. Only for clients
/// that connect directly: a proxy that pools connections for many users would hand one user's identity to another.</param>
internal sealed record KerberosSettings(string ServiceName, string KeytabPath, string? PrincipalHostname, Regex? UserMapping,
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
        Regex? mapping = null;
        if (properties.TryGetValue(Prefix + "user-mapping.pattern", out string? pattern) && pattern.Trim().Length > 0)
        {
            try
            {
                mapping = new Regex($"^(?:{pattern.Trim()})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw PropertyValues.Invalid($"{Prefix}user-mapping.pattern is not a valid regular expression: '{pattern}' ({e.Message})");
            }
            if (mapping.GetGroupNumbers().Length < 2)
            {
                throw PropertyValues.Invalid($"{Prefix}user-mapping.pattern needs a capturing group for the user: '{pattern}'");
            }
        }
        if (properties.ContainsKey(Prefix + "user-mapping.file"))
        {
            throw PropertyValues.Invalid($"{Prefix}user-mapping.file is not supported yet; use {Prefix}user-mapping.pattern");
        }
        bool persist = properties.TryGetValue(Prefix + "persist-credentials", out string? persistValue)
            && PropertyValues.Bool(Prefix + "persist-credentials", persistValue);
        return new KerberosSettings(serviceName, keytab, string.IsNullOrEmpty(hostname) ? null : hostname, mapping, persist);
    }

    /// <summary>The user for an authenticated principal, or null when the mapping pattern does not match it.</summary>
    public string? MapUser(string principal)
    {
        if (UserMapping is null)
        {
            return principal;
        }
        Match match = UserMapping.Match(principal);
        return match.Success && match.Groups[1].Success && match.Groups[1].Length > 0 ? match.Groups[1].Value : null;
    }
}
