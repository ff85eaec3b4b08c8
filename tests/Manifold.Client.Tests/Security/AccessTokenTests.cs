using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Manifold.Server.Hosting;
using Manifold.Testing.Security;

namespace Manifold.Client.Tests.Security;

/// <summary>Manifold.Client's <c>AccessToken</c> against a coordinator with HTTPS and JWT authentication (an RSA key
/// made here), and <c>SslRootCert</c> as a PKCS#12 truststore.</summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private readonly RSA _key = RSA.Create(2048);
    private TestCertificates _certificates = null!;
    private CoordinatorHost _host = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Https => $"Host=127.0.0.1;Port={_host.HttpsBaseAddress!.Port};SslMode=VerifyFull;SslRootCert={_certificates.CaPemPath}";

    public async ValueTask InitializeAsync()
    {
        _certificates = TestCertificates.Create();
        _host = await HttpsTestCoordinator.StartAsync(_certificates,
            TestJwt.CoordinatorProperties(_key, HttpsTestCoordinator.EtcDirectory(_certificates)), Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _certificates.Dispose();
        _key.Dispose();
    }

    [Fact]
    public async Task An_access_token_authenticates_its_subject()
        => Assert.Equal("nina", await SessionUser.QueryAsync($"{Https};AccessToken={TestJwt.Rsa(_key, TestJwt.Claims("nina"))}"));

    [Fact]
    public async Task An_expired_token_fails_with_http_401_saying_so()
    {
        string expired = TestJwt.Rsa(_key, TestJwt.Claims("nina", TimeSpan.FromMinutes(-5)));
        var e = await Assert.ThrowsAsync<ManifoldDbException>(() => SessionUser.QueryAsync($"{Https};AccessToken={expired}"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, e.HttpStatus);
        Assert.Contains("JWT expired at", e.Message);
        Assert.DoesNotContain(expired, e.Message);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_fails_with_http_401()
    {
        using RSA other = RSA.Create(2048);
        var e = await Assert.ThrowsAsync<ManifoldDbException>(()
            => SessionUser.QueryAsync($"{Https};AccessToken={TestJwt.Rsa(other, TestJwt.Claims("nina"))}"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, e.HttpStatus);
        Assert.Contains("JWT signature does not match", e.Message);
    }

    [Fact]
    public async Task An_access_token_is_never_sent_over_plain_http()
    {
        string http = $"Host=127.0.0.1;Port={_host.BaseAddress.Port};AccessToken={TestJwt.Rsa(_key, TestJwt.Claims("nina"))}";
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => SessionUser.QueryAsync(http));
        Assert.Contains("access token is only sent over TLS", e.Message);
    }

    [Fact]
    public async Task A_pkcs12_truststore_with_its_password_is_a_root_certificate_file()
    {
        X509Certificate2Collection ca = [];
        ca.ImportFromPemFile(_certificates.CaPemPath);
        string p12 = Path.Combine(_certificates.Directory, "truststore.p12");
        await File.WriteAllBytesAsync(p12, ca.Export(X509ContentType.Pkcs12, "store-pass")!, Token);
        string token = TestJwt.Rsa(_key, TestJwt.Claims("nina"));
        string baseString = $"Host=127.0.0.1;Port={_host.HttpsBaseAddress!.Port};SslMode=VerifyFull;SslRootCert={p12};AccessToken={token}";
        Assert.Equal("nina", await SessionUser.QueryAsync(baseString + ";SslRootCertPassword=store-pass"));

        var wrong = await Assert.ThrowsAsync<ManifoldDbException>(() => SessionUser.QueryAsync(baseString + ";SslRootCertPassword=wrong"));
        Assert.Contains($"Cannot read SslRootCert '{p12}'", wrong.Message);
        var missing = await Assert.ThrowsAsync<ManifoldDbException>(()
            => SessionUser.QueryAsync(baseString.Replace(p12, p12 + ".missing") + ";SslRootCertPassword=store-pass"));
        Assert.Contains("Cannot read SslRootCert", missing.Message);
    }
}
