using Manifold.Server.Hosting;

namespace Manifold.Testing.Security;

/// <summary>An in-process coordinator on 127.0.0.1 serving HTTPS (and plain HTTP) on free ports with the server
/// certificate of a <see cref="TestCertificates"/>, its <c>etc/</c> folder inside the certificates' directory: the
/// secure coordinator the client, CLI and benchmark tests start, configured by the properties they add
/// (<c>http-server.authentication.*</c>).</summary>
public static class HttpsTestCoordinator
{
    /// <summary>The coordinator's <c>etc/</c> folder (created): write password files, keys and rules here first.</summary>
    public static string EtcDirectory(TestCertificates certificates)
        => Directory.CreateDirectory(Path.Combine(certificates.Directory, "etc")).FullName;

    /// <summary>Starts the coordinator with the HTTPS properties plus <paramref name="properties"/>.</summary>
    public static Task<CoordinatorHost> StartAsync(TestCertificates certificates, IReadOnlyDictionary<string, string> properties,
        CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, string>
        {
            ["http-server.https.enabled"] = "true",
            ["http-server.https.port"] = "0",
            ["http-server.https.keystore.path"] = certificates.ServerPemPath,
        };
        foreach (var (key, value) in properties)
        {
            all[key] = value;
        }
        return CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            EtcDirectory = EtcDirectory(certificates),
            Port = 0,
            BindAddress = "127.0.0.1",
            LogWriter = TextWriter.Null,
            Properties = all,
        }, cancellationToken);
    }
}
