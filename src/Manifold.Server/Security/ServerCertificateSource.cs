using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Manifold.Spi.Errors;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security;

/// <summary>The coordinator's TLS certificate (with its chain), loaded from <c>http-server.https.keystore.path</c> and
/// reloaded when the file's last-write time or length changes, so a renewed certificate is served without a restart.</summary>
/// <remarks>A PEM file holds the certificate, any intermediates and the private key (encrypted when
/// <c>http-server.https.keystore.key</c> is set); anything else is read as PKCS#12 with that key as its password.
/// A file that cannot be read at start-up is CONFIGURATION_INVALID; a broken replacement is logged and the previous
/// certificate stays in use.</remarks>
internal sealed class ServerCertificateSource
{
    private readonly string _path;
    private readonly string? _password;
    private readonly ILogger? _logger;
    private readonly Lock _lock = new();
    private (DateTime Written, long Length) _loadedVersion;
    private SslStreamCertificateContext _current;

    public ServerCertificateSource(string path, string? password, ILogger? logger = null)
    {
        _path = path;
        _password = password;
        _logger = logger;
        try
        {
            _loadedVersion = Version();
            _current = Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid,
                $"http-server.https.keystore.path: cannot load a certificate and private key from '{path}': {e.Message}");
        }
    }

    /// <summary>The certificate to present now: reloads first when the file changed.</summary>
    public SslStreamCertificateContext Current
    {
        get
        {
            (DateTime, long) version;
            try
            {
                version = Version();
            }
            catch (IOException)
            {
                return _current;   // being replaced right now: keep serving the old one
            }
            if (version == _loadedVersion)
            {
                return _current;
            }
            lock (_lock)
            {
                if (version != _loadedVersion)
                {
                    _loadedVersion = version;
                    try
                    {
                        _current = Load();
                        _logger?.LogInformation("Reloaded the TLS certificate from {Path}: {Subject}", _path, _current.TargetCertificate.Subject);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
                    {
                        _logger?.LogWarning("Cannot reload the TLS certificate from {Path}, keeping the previous one: {Message}", _path, e.Message);
                    }
                }
                return _current;
            }
        }
    }

    private (DateTime, long) Version()
    {
        var info = new FileInfo(_path);
        if (!info.Exists)
        {
            throw new FileNotFoundException("the file does not exist", _path);
        }
        return (info.LastWriteTimeUtc, info.Length);
    }

    private SslStreamCertificateContext Load()
    {
        byte[] bytes = File.ReadAllBytes(_path);
        X509Certificate2 leaf;
        var chain = new X509Certificate2Collection();
        if (System.Text.Encoding.ASCII.GetString(bytes).Contains("-----BEGIN", StringComparison.Ordinal))
        {
            string pem = System.Text.Encoding.UTF8.GetString(bytes);
            using X509Certificate2 ephemeral = string.IsNullOrEmpty(_password)
                ? X509Certificate2.CreateFromPem(pem, pem)
                : X509Certificate2.CreateFromEncryptedPem(pem, pem, _password);
            // Re-import so the key is usable by SslStream on every platform.
            leaf = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
            var all = new X509Certificate2Collection();
            all.ImportFromPem(pem);
            foreach (X509Certificate2 certificate in all)
            {
                if (certificate.Thumbprint != leaf.Thumbprint)
                {
                    chain.Add(certificate);
                }
            }
        }
        else
        {
            X509Certificate2Collection all = X509CertificateLoader.LoadPkcs12Collection(bytes, _password);
            leaf = all.FirstOrDefault(c => c.HasPrivateKey)
                ?? throw new CryptographicException("the PKCS#12 file holds no certificate with a private key");
            foreach (X509Certificate2 certificate in all)
            {
                if (!ReferenceEquals(certificate, leaf))
                {
                    chain.Add(certificate);
                }
            }
        }
        if (!leaf.HasPrivateKey)
        {
            throw new CryptographicException("the file holds no private key for the certificate");
        }
        return SslStreamCertificateContext.Create(leaf, chain, offline: true);
    }
}
