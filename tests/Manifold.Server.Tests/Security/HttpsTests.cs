using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Manifold.Server.Hosting;
using Manifold.Spi.Errors;
using Manifold.Testing.Security;

namespace Manifold.Server.Tests.Security;

/// <summary>The HTTPS listener: <c>http-server.https.*</c>, certificate reload, TLS versions, plain HTTP off.</summary>
public sealed class HttpsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_replaced_certificate_file_is_served_from_the_next_connection_on()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        string? seen = null;
        using (HttpClient first = server.Https("alice", "alice-secret", c => seen = c.Thumbprint))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/v1/info", Token)).StatusCode);
        }
        string original = seen!;

        string renewed = server.Certificates.WriteServerPem(server.Certificates.ServerPemPath, "renewed-server");
        File.SetLastWriteTimeUtc(server.Certificates.ServerPemPath, DateTime.UtcNow.AddSeconds(5));
        using (HttpClient second = server.Https("alice", "alice-secret", c => seen = c.Thumbprint))
        {
            Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/v1/query", Token)).StatusCode);
        }
        Assert.NotEqual(original, renewed);
        Assert.Equal(renewed, seen);
        Assert.Contains("Reloaded the TLS certificate", server.Log.ToString());
    }

    [Fact]
    public async Task Tls_1_1_is_refused()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.HttpsAddress.Port, Token);
        await using var ssl = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);
#pragma warning disable SYSLIB0039 // TLS 1.1 on purpose: the server must refuse it
        var options = new SslClientAuthenticationOptions { TargetHost = "localhost", EnabledSslProtocols = SslProtocols.Tls11 };
#pragma warning restore SYSLIB0039
        await Assert.ThrowsAnyAsync<Exception>(() => ssl.AuthenticateAsClientAsync(options, Token));
    }

    [Fact]
    public async Task Plain_http_can_be_turned_off_and_the_base_address_is_then_https()
    {
        using TestCertificates certificates = TestCertificates.Create();
        await using CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            Port = 0,
            BindAddress = "127.0.0.1",
            LogWriter = TextWriter.Null,
            Properties = new Dictionary<string, string>
            {
                ["http-server.http.enabled"] = "false",
                ["http-server.https.enabled"] = "true",
                ["http-server.https.port"] = "0",
                ["http-server.https.keystore.path"] = certificates.ServerPemPath,
            },
        }, Token);
        Assert.Equal("https", host.BaseAddress.Scheme);
        Assert.Equal(host.HttpsBaseAddress, host.BaseAddress);
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        using var http = new HttpClient(handler) { BaseAddress = host.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/v1/info", Token)).StatusCode);
    }

    [Fact]
    public async Task A_pkcs12_keystore_with_its_password_works()
    {
        using TestCertificates certificates = TestCertificates.Create();
        using var pem = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(certificates.ServerPemPath);
        string p12 = Path.Combine(certificates.Directory, "server.p12");
        await File.WriteAllBytesAsync(p12, pem.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12, "changeit"), Token);
        await using CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            Port = 0,
            BindAddress = "127.0.0.1",
            LogWriter = TextWriter.Null,
            Properties = new Dictionary<string, string>
            {
                ["http-server.https.enabled"] = "true",
                ["http-server.https.port"] = "0",
                ["http-server.https.keystore.path"] = p12,
                ["http-server.https.keystore.key"] = "changeit",
            },
        }, Token);
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        using var http = new HttpClient(handler) { BaseAddress = host.HttpsBaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/v1/info", Token)).StatusCode);
    }

    [Theory]
    [InlineData("http-server.https.keystore.path", "/nonexistent/server.pem", "http-server.https.keystore.path")]
    [InlineData("http-server.https.port", "https", "http-server.https.port")]
    [InlineData("http-server.https.enabled", "yes", "http-server.https.enabled")]
    [InlineData("http-server.authentication.type", "KERBEROS", "http-server.authentication.type")]
    public async Task Malformed_settings_are_configuration_invalid_naming_the_setting(string key, string value, string named)
    {
        var properties = new Dictionary<string, string>
        {
            ["http-server.https.enabled"] = "true",
            ["http-server.https.port"] = "0",
            ["http-server.https.keystore.path"] = "/nonexistent/server.pem",
            [key] = value,
        };
        var e = await Assert.ThrowsAsync<ManifoldException>(() => CoordinatorHost.StartAsync(
            new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", LogWriter = TextWriter.Null, Properties = properties }, Token));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains(named, e.Message);
    }
}
