using Manifold.Server.Hosting;
using Manifold.Server.Security;
using Manifold.Testing.Security;

namespace Manifold.Client.Tests.Security;

/// <summary>Manifold.Client against a coordinator with HTTPS and PASSWORD authentication: the SslMode values, the root
/// certificate file, and the refusal to send a password in clear text.</summary>
public sealed class SecureConnectionTests : IAsyncLifetime
{
    private TestCertificates _certificates = null!;
    private CoordinatorHost _host = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Https => $"Host=127.0.0.1;Port={_host.HttpsBaseAddress!.Port};User=alice";

    public async ValueTask InitializeAsync()
    {
        _certificates = TestCertificates.Create();
        string etc = HttpsTestCoordinator.EtcDirectory(_certificates);
        string passwords = Path.Combine(etc, "password.db");
        await File.WriteAllTextAsync(passwords, "alice:" + PasswordHash.HashBcrypt("alice-secret", 8) + "\n", Token);
        await File.WriteAllTextAsync(Path.Combine(etc, "password-authenticator.properties"),
            $"password-authenticator.name=file\nfile.password-file={passwords}\n", Token);
        _host = await HttpsTestCoordinator.StartAsync(_certificates, new Dictionary<string, string>
        {
            ["http-server.authentication.type"] = "PASSWORD",
        }, Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _certificates.Dispose();
    }

    private static async Task<long> CountNationsAsync(string connectionString)
    {
        await using var connection = new ManifoldConnection(connectionString);
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM tpch.tiny.nation";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Token));
    }

    [Fact]
    public async Task VerifyFull_with_the_servers_ca_as_root_certificate_connects_with_a_password()
        => Assert.Equal(25, await CountNationsAsync($"{Https};Password=alice-secret;SslMode=VerifyFull;SslRootCert={_certificates.CaPemPath}"));

    [Fact]
    public async Task VerifyCA_and_Require_connect_too()
    {
        Assert.Equal(25, await CountNationsAsync($"{Https};Password=alice-secret;SslMode=VerifyCA;SslRootCert={_certificates.CaPemPath}"));
        Assert.Equal(25, await CountNationsAsync($"{Https};Password=alice-secret;SslMode=Require"));
    }

    [Fact]
    public async Task VerifyFull_with_another_ca_fails()
    {
        using TestCertificates other = TestCertificates.Create("Some Other CA");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<ManifoldDbException>(()
            => CountNationsAsync($"{Https};Password=alice-secret;SslMode=VerifyFull;SslRootCert={other.CaPemPath}"));
        Assert.Contains("Cannot establish TLS", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "a certificate failure is not retried");
    }

    [Fact]
    public async Task A_wrong_password_fails_with_http_401()
    {
        var e = await Assert.ThrowsAsync<ManifoldDbException>(()
            => CountNationsAsync($"{Https};Password=wrong;SslMode=VerifyFull;SslRootCert={_certificates.CaPemPath}"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, e.HttpStatus);
    }

    [Fact]
    public async Task A_password_over_plain_http_is_refused_by_the_client_and_by_the_server()
    {
        string http = $"Host=127.0.0.1;Port={_host.BaseAddress.Port};User=alice;Password=alice-secret";
        var client = await Assert.ThrowsAsync<InvalidOperationException>(() => CountNationsAsync(http));
        Assert.Contains("only sent over TLS", client.Message);
        var server = await Assert.ThrowsAsync<ManifoldDbException>(() => CountNationsAsync(http + ";AllowPasswordOverHttp=true"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, server.HttpStatus);
        Assert.Contains("Password not allowed for insecure authentication", server.Message);
    }
}
