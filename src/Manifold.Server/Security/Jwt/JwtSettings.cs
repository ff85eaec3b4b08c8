using Manifold.Server.Hosting;

namespace Manifold.Server.Security.Jwt;

/// <summary>The <c>http-server.authentication.jwt.*</c> properties of <c>etc/config.properties</c> (Trino's names).</summary>
/// <param name="KeyFile"><c>key-file</c>: a JWKS URL (http or https), or a file: a PEM public key or certificate, a
/// JWKS document, or a base64 HMAC secret.</param>
/// <param name="RequiredIssuer"><c>required-issuer</c>: the <c>iss</c> a token must have, when set.</param>
/// <param name="RequiredAudience"><c>required-audience</c>: a value <c>aud</c> must be or contain, when set.</param>
/// <param name="PrincipalField"><c>principal-field</c>: the claim naming the principal; <c>sub</c> by default.</param>
/// <param name="UserMapping"><c>user-mapping.pattern</c> or <c>user-mapping.file</c>: how the principal becomes the user.</param>
/// <param name="ClockSkew"><c>clock-skew</c> (not in Trino): how far <c>exp</c> and <c>nbf</c> may be off; 0 by default.</param>
/// <param name="RefreshPeriod"><c>key-file.refresh-period</c> (not in Trino): how often a changed key file is reloaded
/// (5s) or a JWKS URL fetched again (15m).</param>
internal sealed record JwtSettings(string KeyFile, string? RequiredIssuer, string? RequiredAudience, string PrincipalField,
    UserMapping UserMapping, TimeSpan ClockSkew, TimeSpan RefreshPeriod)
{
    private const string Prefix = "http-server.authentication.jwt.";

    /// <exception cref="Spi.Errors.ManifoldException">CONFIGURATION_INVALID naming the missing or malformed property.</exception>
    public static JwtSettings Load(IReadOnlyDictionary<string, string> properties)
    {
        string keyFile = Get(properties, "key-file") ?? throw PropertyValues.Invalid(
            $"http-server.authentication.type=JWT needs {Prefix}key-file (a PEM public key, a JWKS file or a base64 HMAC secret)");
        bool isUrl = keyFile.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || keyFile.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (isUrl && !Uri.TryCreate(keyFile, UriKind.Absolute, out _))
        {
            throw PropertyValues.Invalid($"{Prefix}key-file is not a valid URL: '{keyFile}'");
        }
        if (!isUrl && !File.Exists(keyFile))
        {
            throw PropertyValues.Invalid($"{Prefix}key-file: no file '{keyFile}'");
        }
        UserMapping userMapping = UserMapping.Load(properties, Prefix);
        string? skew = Get(properties, "clock-skew");
        string? refresh = Get(properties, "key-file.refresh-period");
        return new JwtSettings(keyFile, Get(properties, "required-issuer"), Get(properties, "required-audience"),
            Get(properties, "principal-field") ?? "sub", userMapping,
            skew is null ? TimeSpan.Zero : PropertyValues.Time(Prefix + "clock-skew", skew),
            refresh is not null ? PropertyValues.Time(Prefix + "key-file.refresh-period", refresh)
                : isUrl ? TimeSpan.FromMinutes(15) : TimeSpan.FromSeconds(5));
    }

    /// <summary>Whether <see cref="KeyFile"/> is a JWKS URL.</summary>
    public Uri? KeyUrl => KeyFile.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || KeyFile.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        ? new Uri(KeyFile)
        : null;

    private static string? Get(IReadOnlyDictionary<string, string> properties, string name)
        => properties.TryGetValue(Prefix + name, out string? value) && value.Trim().Length > 0 ? value.Trim() : null;
}
