namespace Manifold.Cli.Sql;

/// <summary>The options of <c>manifold sql</c>, parsed.</summary>
internal sealed record SqlCommandOptions
{
    /// <summary>Run the embedded engine (the default without <c>--server</c>).</summary>
    public bool Local { get; init; }

    /// <summary>The server to send statements to (<c>--server</c>); null for the embedded engine.</summary>
    public string? Server { get; init; }

    /// <summary>The password for the server (<c>--password</c>: from MANIFOLD_PASSWORD or prompted).</summary>
    public string? Password { get; init; }

    /// <summary>A JWT for the server (<c>--access-token</c>, else MANIFOLD_ACCESS_TOKEN).</summary>
    public string? AccessToken { get; init; }

    /// <summary>A PEM or PKCS#12 file of CA certificates to trust for an https server (<c>--truststore-path</c>, or
    /// <c>--ssl-root-cert</c>).</summary>
    public string? SslRootCert { get; init; }

    /// <summary>The password of a PKCS#12 <see cref="SslRootCert"/> (<c>--truststore-password</c>).</summary>
    public string? SslRootCertPassword { get; init; }

    /// <summary>Accept any certificate of an https server (<c>--insecure</c>).</summary>
    public bool Insecure { get; init; }

    /// <summary>Kerberos (SPNEGO) with this service name (<c>--krb5-remote-service-name</c>, usually HTTP).</summary>
    public string? Krb5RemoteServiceName { get; init; }

    /// <summary>The Kerberos credential cache to take tickets from (<c>--krb5-credential-cache-path</c>).</summary>
    public string? Krb5CredentialCachePath { get; init; }

    /// <summary>The etc folder whose <c>catalog/*.properties</c> define the catalogs; null for the embedded defaults.</summary>
    public string? EtcDirectory { get; init; }

    /// <summary>The initial catalog.</summary>
    public string? Catalog { get; init; }

    /// <summary>The initial schema.</summary>
    public string? Schema { get; init; }

    /// <summary>The session user; empty with an access token and no <c>--user</c>: the token names the user.</summary>
    public required string User { get; init; }

    /// <summary>Session properties set before the first statement, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SessionProperties { get; init; } = [];

    /// <summary>Statements to run (<c>--execute</c>).</summary>
    public string? Execute { get; init; }

    /// <summary>A script to run (<c>--file</c>; <c>-</c> for standard input).</summary>
    public string? File { get; init; }

    /// <summary>The output format; null for the default (ALIGNED on a terminal and in the REPL, else CSV).</summary>
    public OutputFormat? OutputFormat { get; init; }

    /// <summary>Keep going after a failed statement in <c>--execute</c> and <c>--file</c>.</summary>
    public bool IgnoreErrors { get; init; }
}
