namespace Manifold.Server.Security;

/// <summary><c>http-server.authentication.*</c> of <c>etc/config.properties</c>, plus the password authenticator's
/// own file (<c>etc/password-authenticator.properties</c>) when the type is PASSWORD.</summary>
internal sealed record AuthenticationSettings
{
    /// <summary>No authentication: the user is whatever <c>X-Trino-User</c> says (Trino's "insecure" authenticator).</summary>
    public static AuthenticationSettings None { get; } = new();

    /// <summary>The password file authenticator's settings; null when <c>http-server.authentication.type</c> is unset.</summary>
    public PasswordFileSettings? PasswordFile { get; init; }

    /// <summary><c>http-server.authentication.allow-insecure-over-http</c>: with authentication configured, whether plain
    /// HTTP requests are served at all (user from <c>X-Trino-User</c>, passwords refused). Default false, as in Trino.</summary>
    public bool AllowInsecureOverHttp { get; init; }

    /// <summary>Whether any authenticator is configured.</summary>
    public bool Enabled => PasswordFile is not null;
}
