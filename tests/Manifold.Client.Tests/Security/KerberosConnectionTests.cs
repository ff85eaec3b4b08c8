using Manifold.Server.Hosting;
using Manifold.Testing.Security;

namespace Manifold.Client.Tests.Security;

/// <summary>Manifold.Client with <c>Kerberos=HTTP</c> against a coordinator with HTTPS and KERBEROS authentication, with
/// tickets from a throw-away MIT realm (<see cref="TestKerberosRealm"/>).</summary>
public sealed class KerberosConnectionTests : IAsyncLifetime
{
    private TestKerberosRealm? _realm;
    private TestCertificates? _certificates;
    private CoordinatorHost? _host;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private TestKerberosRealm Realm => _realm ?? TestKerberosRealm.Require();

    private string Https => $"Host=127.0.0.1;Port={_host!.HttpsBaseAddress!.Port};SslMode=VerifyFull;SslRootCert={_certificates!.CaPemPath};Kerberos=HTTP";

    public async ValueTask InitializeAsync()
    {
        try
        {
            _realm = TestKerberosRealm.Require();
        }
        catch (Exception)
        {
            return;   // each test skips (or fails under CI) through Realm
        }
        _certificates = TestCertificates.Create();
        _host = await HttpsTestCoordinator.StartAsync(_certificates, _realm.CoordinatorProperties(), Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        _certificates?.Dispose();
    }

    [Fact]
    public async Task The_default_credential_cache_authenticates_as_its_principal()
    {
        _ = Realm;
        Assert.Equal("alice", await SessionUser.QueryAsync(Https));
        Assert.Equal("alice", await SessionUser.QueryAsync(Https + ";User=alice"));
    }

    [Fact]
    public async Task KerberosCredentialCachePath_selects_another_users_tickets()
    {
        string bob = Realm.Kinit("bob", TestKerberosRealm.BobPassword);
        Assert.Equal("bob", await SessionUser.QueryAsync($"{Https};KerberosCredentialCachePath={bob}"));
        Assert.Equal("alice", await SessionUser.QueryAsync(Https));   // the thread's cache is back to the default
    }

    [Fact]
    public async Task Without_a_ticket_the_connection_fails_clearly()
    {
        string empty = Realm.EmptyCache();
        var error = await Assert.ThrowsAsync<ManifoldDbException>(() => SessionUser.QueryAsync($"{Https};KerberosCredentialCachePath={empty}"));
        Assert.Contains("Kerberos: cannot get a ticket for HTTP/127.0.0.1 from the credential cache", error.Message);
        Assert.Contains("run kinit", error.Message);
    }

    [Fact]
    public async Task An_unknown_service_name_fails_clearly()
    {
        _ = Realm;
        var error = await Assert.ThrowsAsync<ManifoldDbException>(() => SessionUser.QueryAsync(Https.Replace("Kerberos=HTTP", "Kerberos=postgres")));
        Assert.Contains("cannot get a ticket for postgres/127.0.0.1", error.Message);
    }

    [Fact]
    public async Task Kerberos_is_refused_over_plain_http_and_with_a_password()
    {
        _ = Realm;
        var plain = Assert.Throws<InvalidOperationException>(() => new ManifoldConnection($"Host=127.0.0.1;Port={_host!.BaseAddress.Port};Kerberos=HTTP").Open());
        Assert.Contains("A Kerberos ticket is only sent over TLS", plain.Message);
        var both = await Assert.ThrowsAsync<ArgumentException>(() => SessionUser.QueryAsync(Https + ";Password=x"));
        Assert.Contains("Kerberos cannot be combined with Password", both.Message);
    }
}
