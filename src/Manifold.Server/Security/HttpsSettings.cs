namespace Manifold.Server.Security;

/// <summary>The TLS listener of <c>etc/config.properties</c>: <c>http-server.https.*</c> and <c>http-server.http.enabled</c>.</summary>
internal sealed record HttpsSettings
{
    /// <summary><c>http-server.http.enabled</c>: whether the plain HTTP listener runs (default true).</summary>
    public bool HttpEnabled { get; init; } = true;

    /// <summary><c>http-server.https.enabled</c> (default false).</summary>
    public bool Enabled { get; init; }

    /// <summary><c>http-server.https.port</c> (default 8443); 0 picks a free port.</summary>
    public int Port { get; init; } = 8443;

    /// <summary><c>http-server.https.keystore.path</c>: a PEM file (certificate, chain and private key) or a PKCS#12 file.</summary>
    public string? KeystorePath { get; init; }

    /// <summary><c>http-server.https.keystore.key</c>: the PKCS#12 password, or the password of an encrypted PEM key.</summary>
    public string? KeystoreKey { get; init; }
}
