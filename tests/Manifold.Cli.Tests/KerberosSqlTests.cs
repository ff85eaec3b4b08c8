using Manifold.Server.Hosting;
using Manifold.Testing.Security;

namespace Manifold.Cli.Tests;

/// <summary><c>manifold sql --krb5-*</c> against an HTTPS coordinator with KERBEROS authentication and a throw-away MIT
/// realm (<see cref="TestKerberosRealm"/>).</summary>
public sealed class KerberosSqlTests : IAsyncLifetime
{
    private TestKerberosRealm? _realm;
    private TestCertificates? _certificates;
    private CoordinatorHost? _host;

    private TestKerberosRealm Realm => _realm ?? TestKerberosRealm.Require();

    private string Url => $"https://127.0.0.1:{_host!.HttpsBaseAddress!.Port}";

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
        _host = await HttpsTestCoordinator.StartAsync(_certificates, _realm.CoordinatorProperties(), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        _certificates?.Dispose();
    }

    private Task<CliRunResult> RunAsync(params string[] args)
        => CliRun.RunAsync(["sql", "--server", Url, "--ssl-root-cert", _certificates!.CaPemPath, "--output-format", "CSV", .. args]);

    [Fact]
    public async Task A_ticket_from_the_given_cache_authenticates_as_its_user()
    {
        string bob = Realm.Kinit("bob", TestKerberosRealm.BobPassword);
        CliRunResult run = await RunAsync("--krb5-remote-service-name", "HTTP", "--krb5-credential-cache-path", bob,
            "--krb5-config-path", Realm.ConfigPath, "--execute", "SELECT current_user");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("\"bob\"\n", run.Out);

        CliRunResult alice = await RunAsync("--krb5-remote-service-name", "HTTP", "--execute", "SELECT current_user");
        Assert.True(alice.ExitCode == 0, alice.Error);
        Assert.Equal("\"alice\"\n", alice.Out);
    }

    [Fact]
    public async Task Without_a_ticket_or_without_kerberos_the_server_refuses()
    {
        CliRunResult noTicket = await RunAsync("--krb5-remote-service-name", "HTTP", "--krb5-credential-cache-path", Realm.EmptyCache(),
            "--execute", "SELECT 1");
        Assert.Equal(1, noTicket.ExitCode);
        Assert.Contains("Kerberos: cannot get a ticket for HTTP/127.0.0.1", noTicket.Error);

        CliRunResult anonymous = await RunAsync("--execute", "SELECT 1");
        Assert.Equal(1, anonymous.ExitCode);
        Assert.Contains("401", anonymous.Error);
    }

    [Theory]
    [InlineData(new[] { "--server", "http://127.0.0.1:1", "--krb5-remote-service-name", "HTTP" }, "--krb5-remote-service-name needs an https:// --server")]
    [InlineData(new[] { "--server", "https://127.0.0.1:1", "--krb5-credential-cache-path", "cc" }, "need --krb5-remote-service-name")]
    [InlineData(new[] { "--server", "https://127.0.0.1:1", "--krb5-remote-service-name", "HTTP", "--krb5-config-path", "/no/krb5.conf" }, "--krb5-config-path file does not exist")]
    public async Task Bad_kerberos_options_fail_clearly(string[] args, string message)
    {
        CliRunResult run = await CliRun.RunAsync(["sql", .. args, "--execute", "SELECT 1"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }
}
