namespace Manifold.Client;

/// <summary>Whether and how the connection uses TLS (https).</summary>
public enum ManifoldSslMode
{
    /// <summary>Plain http. Passwords and tokens are refused unless <see cref="ManifoldConnectionStringBuilder.AllowPasswordOverHttp"/>.</summary>
    Disable,

    /// <summary>https, trusting any server certificate (encryption without authentication of the server).</summary>
    Require,

    /// <summary>https; the certificate chain must lead to a trusted root (<see cref="ManifoldConnectionStringBuilder.SslRootCert"/>
    /// or the system store), the host name is not checked.</summary>
    VerifyCA,

    /// <summary>https; the chain must be trusted and the certificate must name the host.</summary>
    VerifyFull,
}
