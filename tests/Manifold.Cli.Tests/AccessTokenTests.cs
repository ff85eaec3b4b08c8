using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Manifold.Cli.Terminal;
using Manifold.Server.Hosting;
using Manifold.Testing.Security;

namespace Manifold.Cli.Tests;

/// <summary><c>manifold sql --access-token</c> (or MANIFOLD_ACCESS_TOKEN) and <c>--truststore-path</c> against a
/// coordinator with HTTPS and JWT authentication.</summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private readonly RSA _key = RSA.Create(2048);
    private TestCertificates _certificates = null!;
    private CoordinatorHost _host = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Url => $"https://localhost:{_host.HttpsBaseAddress!.Port}";

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

    private static Task<CliRunResult> RunAsync(string? environmentToken, params string[] args)
        => CliRun.RunWithEnvironmentAsync(name => name == "MANIFOLD_ACCESS_TOKEN" ? environmentToken : name == "USER" ? "osuser" : null, args);

    [Fact]
    public async Task An_access_token_runs_statements_as_the_tokens_user()
    {
        string token = TestJwt.Rsa(_key, TestJwt.Claims("olga"));
        CliRunResult run = await RunAsync(null, "sql", "--server", Url, "--access-token", token,
            "--truststore-path", _certificates.CaPemPath, "--output-format", "CSV", "--execute", "SELECT current_user");
        Assert.Equal("", run.Error);
        Assert.Equal("\"olga\"\n", run.Out);
    }

    [Fact]
    public async Task The_token_may_come_from_manifold_access_token_and_the_truststore_may_be_pkcs12()
    {
        X509Certificate2Collection ca = [];
        ca.ImportFromPemFile(_certificates.CaPemPath);
        string p12 = Path.Combine(_certificates.Directory, "truststore.p12");
        await File.WriteAllBytesAsync(p12, ca.Export(X509ContentType.Pkcs12, "store-pass")!, Token);
        CliRunResult run = await RunAsync(TestJwt.Rsa(_key, TestJwt.Claims("olga")), "sql", "--server", Url,
            "--truststore-path", p12, "--truststore-password", "store-pass", "--output-format", "CSV", "--execute", "SELECT current_user");
        Assert.Equal("", run.Error);
        Assert.Equal("\"olga\"\n", run.Out);

        CliRunResult alias = await RunAsync(TestJwt.Rsa(_key, TestJwt.Claims("olga")), "sql", "--server", Url,
            "--ssl-root-cert", _certificates.CaPemPath, "--output-format", "CSV", "--execute", "SELECT 1");
        Assert.Equal("\"1\"\n", alias.Out);

        CliRunResult wrongPassword = await RunAsync(TestJwt.Rsa(_key, TestJwt.Claims("olga")), "sql", "--server", Url,
            "--truststore-path", p12, "--truststore-password", "nope", "--execute", "SELECT 1");
        Assert.Equal(1, wrongPassword.ExitCode);
        Assert.Contains("Cannot read SslRootCert", wrongPassword.Error);
    }

    [Fact]
    public async Task An_expired_token_fails_with_a_clear_message_that_does_not_show_the_token()
    {
        string expired = TestJwt.Rsa(_key, TestJwt.Claims("olga", TimeSpan.FromMinutes(-5)));
        CliRunResult run = await RunAsync(null, "sql", "--server", Url, "--access-token", expired,
            "--truststore-path", _certificates.CaPemPath, "--execute", "SELECT 1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401", run.Error);
        Assert.Contains("JWT expired at", run.Error);
        Assert.DoesNotContain(expired, run.Error);
    }

    [Fact]
    public async Task An_access_token_is_never_sent_over_plain_http()
    {
        string token = TestJwt.Rsa(_key, TestJwt.Claims("olga"));
        CliRunResult run = await RunAsync(null, "sql", "--server", $"http://127.0.0.1:{_host.BaseAddress.Port}", "--access-token", token,
            "--execute", "SELECT 1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("access token is only sent over TLS", run.Error);
        Assert.DoesNotContain(token, run.Error);
    }

    [Theory]
    [InlineData(new[] { "--access-token", "x" }, "--access-token needs --server")]
    [InlineData(new[] { "--server", "https://127.0.0.1:1", "--access-token", "x", "--password" }, "Only one of --password and --access-token")]
    [InlineData(new[] { "--server", "https://127.0.0.1:1", "--truststore-password", "x" }, "--truststore-password needs --truststore-path")]
    [InlineData(new[] { "--server", "https://127.0.0.1:1", "--truststore-path", "/no/such.p12" }, "--truststore-path file does not exist")]
    [InlineData(new[] { "--server", "http://127.0.0.1:1", "--ssl-root-cert", "/no/such.pem" }, "need an https:// --server")]
    public async Task Bad_token_and_truststore_options_are_usage_errors(string[] args, string message)
    {
        CliRunResult run = await RunAsync(null, ["sql", .. args, "--execute", "SELECT 1"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }
}
