using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Manifold.Testing.Security;

/// <summary>A throw-away certificate authority and server certificates for 127.0.0.1 and localhost, written as PEM
/// files into a temporary folder (deleted on dispose). ECDSA P-256 keys, so creating them takes milliseconds.</summary>
public sealed class TestCertificates : IDisposable
{
    private readonly X509Certificate2 _ca;

    private TestCertificates(string directory, X509Certificate2 ca)
    {
        Directory = directory;
        _ca = ca;
        CaPemPath = Path.Combine(directory, "ca.pem");
        File.WriteAllText(CaPemPath, ca.ExportCertificatePem());
        ServerPemPath = Path.Combine(directory, "server.pem");
        WriteServerPem(ServerPemPath, "manifold-test-server");
    }

    /// <summary>The temporary folder holding the files.</summary>
    public string Directory { get; }

    /// <summary>The CA certificate (no key): what a client trusts with <c>SslRootCert</c>.</summary>
    public string CaPemPath { get; }

    /// <summary>The server certificate followed by its private key, signed by the CA.</summary>
    public string ServerPemPath { get; }

    /// <summary>A new CA in a new temporary folder, with a first server certificate at <see cref="ServerPemPath"/>.</summary>
    public static TestCertificates Create(string caName = "Manifold Test CA")
    {
        string directory = Path.Combine(Path.GetTempPath(), "manifold-certs-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={caName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        X509Certificate2 ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return new TestCertificates(directory, ca);
    }

    /// <summary>Writes (or overwrites) a PEM file with a new server certificate for 127.0.0.1 and localhost, then its key.</summary>
    /// <returns>The certificate's thumbprint, to tell which one a server presents.</returns>
    public string WriteServerPem(string path, string commonName)
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        byte[] serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using X509Certificate2 certificate = request.Create(_ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29), serial);
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n");
        File.Move(temporary, path, overwrite: true);
        return certificate.Thumbprint;
    }

    public void Dispose()
    {
        _ca.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
