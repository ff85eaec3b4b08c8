using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Manifold.Server.Hosting;
using Manifold.Testing.Security;

namespace Manifold.Server.Tests.Security;

/// <summary>A coordinator on 127.0.0.1 with HTTPS (a test CA's certificate) and PASSWORD authentication from a password
/// file, all in a temporary etc/ folder.</summary>
internal sealed class SecureCoordinator : IAsyncDisposable
{
    private SecureCoordinator(TestCertificates certificates, string etc, CoordinatorHost host, StringWriter log)
    {
        Certificates = certificates;
        Etc = etc;
        Host = host;
        Log = log;
    }

    public TestCertificates Certificates { get; }
    public string Etc { get; }
    public string PasswordFilePath => Path.Combine(Etc, "password.db");
    public CoordinatorHost Host { get; }
    public StringWriter Log { get; }
    public Uri HttpsAddress => Host.HttpsBaseAddress!;

    /// <summary>alice's password is "alice-secret" (bcrypt), bob's "bob-secret" (PBKDF2), unless other lines are given;
    /// <paramref name="etcFiles"/> adds files to etc/ (e.g. resource-groups.json); <c>${ETC}</c> in a property value
    /// stands for the etc/ folder's path.</summary>
    public static async Task<SecureCoordinator> StartAsync(IEnumerable<string>? passwordLines = null, Dictionary<string, string>? properties = null,
        string refreshPeriod = "5s", Dictionary<string, string>? etcFiles = null)
    {
        TestCertificates certificates = TestCertificates.Create();
        string etc = Path.Combine(certificates.Directory, "etc");
        Directory.CreateDirectory(etc);
        foreach (var (name, text) in etcFiles ?? [])
        {
            await File.WriteAllTextAsync(Path.Combine(etc, name), text, TestContext.Current.CancellationToken);
        }
        string passwordFile = Path.Combine(etc, "password.db");
        await File.WriteAllLinesAsync(passwordFile, passwordLines ?? DefaultUsers(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(etc, "password-authenticator.properties"),
            $"password-authenticator.name=file\nfile.password-file={passwordFile}\nfile.refresh-period={refreshPeriod}\n", TestContext.Current.CancellationToken);
        var all = new Dictionary<string, string>
        {
            ["http-server.https.enabled"] = "true",
            ["http-server.https.port"] = "0",
            ["http-server.https.keystore.path"] = certificates.ServerPemPath,
            ["http-server.authentication.type"] = "PASSWORD",
        };
        foreach (var (key, value) in properties ?? [])
        {
            all[key] = value.Replace("${ETC}", etc, StringComparison.Ordinal);
        }
        var log = new StringWriter();
        CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            EtcDirectory = etc,
            Port = 0,
            BindAddress = "127.0.0.1",
            NodeId = "secure",
            Properties = all,
            LogWriter = TextWriter.Synchronized(log),
        }, TestContext.Current.CancellationToken);
        return new SecureCoordinator(certificates, etc, host, log);
    }

    public static IEnumerable<string> DefaultUsers() =>
    [
        "# test users",
        "alice:" + Manifold.Server.Security.PasswordHash.HashBcrypt("alice-secret", 8),
        "bob:" + Pbkdf2("bob-secret"),
    ];

    /// <summary>Trino's PBKDF2 form: iterations:salt-hex:hash-hex (PBKDF2WithHmacSHA256).</summary>
    public static string Pbkdf2(string password, int iterations = 1000)
    {
        byte[] salt = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
        byte[] hash = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations,
            System.Security.Cryptography.HashAlgorithmName.SHA256, 32);
        return $"{iterations}:{Convert.ToHexString(salt).ToLowerInvariant()}:{Convert.ToHexString(hash).ToLowerInvariant()}";
    }

    /// <summary>An HttpClient on the HTTPS address that trusts only the test CA (or any certificate), with Basic
    /// credentials when given. Each request opens a new connection (certificate reload tests need that) unless
    /// <paramref name="keepAlive"/>.</summary>
    public HttpClient Https(string? user = null, string? password = null, Action<X509Certificate2>? onCertificate = null, bool keepAlive = false,
        System.Net.ICredentials? credentials = null)
        => Client(HttpsAddress, user, password, onCertificate, keepAlive, credentials);

    /// <summary>An HttpClient on the plain HTTP address.</summary>
    public HttpClient Http(string? user = null, string? password = null) => Client(Host.BaseAddress, user, password, null, false, null);

    private HttpClient Client(Uri address, string? user, string? password, Action<X509Certificate2>? onCertificate, bool keepAlive,
        System.Net.ICredentials? credentials)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(Certificates.CaPemPath);
        var handler = keepAlive ? new SocketsHttpHandler() : new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero };
        handler.Credentials = credentials;   // Negotiate (Kerberos) with CredentialCache.DefaultNetworkCredentials
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            if (certificate is null)
            {
                return false;
            }
            using var leaf = new X509Certificate2(certificate);
            onCertificate?.Invoke(leaf);
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(leaf);
        };
        var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        if (user is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
        }
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Certificates.Dispose();
    }
}
