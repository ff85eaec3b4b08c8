using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Xunit;

namespace Manifold.Testing.Security;

/// <summary>A throw-away MIT Kerberos realm <c>MANIFOLD.TEST</c> in a temporary folder: a KDC (<c>krb5kdc -n</c>) on a
/// free loopback port, users alice and bob, the service principals <c>HTTP/localhost</c> and <c>HTTP/127.0.0.1</c> in
/// <see cref="ServiceKeytabPath"/>, and alice's tickets in <see cref="DefaultCachePath"/>.</summary>
/// <remarks>
/// The native Kerberos library reads <c>KRB5_CONFIG</c>, <c>KRB5CCNAME</c> and <c>KRB5RCACHEDIR</c> from the process's
/// native environment, which <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not change on Unix.
/// So the realm is one per process (<see cref="Shared"/>), and it sets them with libc <c>setenv</c>. Child processes
/// (kinit, curl) get them through <see cref="Configure(ProcessStartInfo)"/>. See reference/kerberos.md of the shared corpus.
/// </remarks>
public sealed partial class TestKerberosRealm : IDisposable
{
    public const string Realm = "MANIFOLD.TEST";
    public const string AlicePassword = "alice-krb-secret";
    public const string BobPassword = "bob-krb-secret";

    private static readonly Lazy<(TestKerberosRealm? Realm, string? Missing)> s_shared = new(CreateShared);
    private Process? _kdc;

    private TestKerberosRealm(string directory, int port)
    {
        Directory = directory;
        Port = port;
    }

    /// <summary>The temporary folder holding the configuration, database, keytabs and caches.</summary>
    public string Directory { get; }

    /// <summary>The KDC's port on 127.0.0.1 (UDP and TCP).</summary>
    public int Port { get; }

    public string ConfigPath => Path.Combine(Directory, "krb5.conf");
    public string KdcProfilePath => Path.Combine(Directory, "kdc.conf");

    /// <summary>The keytab with <c>HTTP/localhost</c> and <c>HTTP/127.0.0.1</c>: what the coordinator accepts with.</summary>
    public string ServiceKeytabPath => Path.Combine(Directory, "http.keytab");

    /// <summary>The same principals and key versions as <see cref="ServiceKeytabPath"/>, with wrong keys.</summary>
    public string WrongKeyKeytabPath => Path.Combine(Directory, "wrong.keytab");

    /// <summary>The replay cache directory (KRB5RCACHEDIR).</summary>
    public string ReplayCacheDirectory => Path.Combine(Directory, "rcache");

    /// <summary>The process's default credential cache (KRB5CCNAME): alice's tickets.</summary>
    public string DefaultCachePath => Path.Combine(Directory, "ccache");

    /// <summary>The coordinator properties of KERBEROS authentication with this realm's service keytab; the user is the
    /// principal's name before <c>@MANIFOLD.TEST</c>.</summary>
    public Dictionary<string, string> CoordinatorProperties(bool persistCredentials = false) => new()
    {
        ["http-server.authentication.type"] = "KERBEROS",
        ["http-server.authentication.krb5.service-name"] = "HTTP",
        ["http-server.authentication.krb5.keytab"] = ServiceKeytabPath,
        ["http-server.authentication.krb5.user-mapping.pattern"] = @"(.*)@MANIFOLD\.TEST",
        ["http-server.authentication.krb5.persist-credentials"] = persistCredentials ? "true" : "false",
    };

    /// <summary>The process-wide realm, created on first use, or why it cannot be (for callers outside a test).</summary>
    public static (TestKerberosRealm? Realm, string? Missing) Shared => s_shared.Value;

    /// <summary>The process-wide realm, created on first use. Skips the calling test when the MIT KDC binaries are not
    /// installed (apt-get install krb5-kdc krb5-user), or fails it under CI=true.</summary>
    public static TestKerberosRealm Require()
    {
        var (realm, missing) = Shared;
        if (realm is not null)
        {
            return realm;
        }
        string message = $"Kerberos tests need an MIT KDC: {missing}";
        if (SharedCorpus.IsCi)
        {
            Assert.Fail(message + "; CI needs it");
        }
        Assert.Skip(message);
        return null!;
    }

    /// <summary>Runs <c>kinit</c> for <paramref name="user"/> into <paramref name="cachePath"/> (a new file when null),
    /// optionally with a ticket lifetime such as "5s".</summary>
    /// <returns>The credential cache path.</returns>
    public string Kinit(string user, string password, string? cachePath = null, string? lifetime = null)
    {
        cachePath ??= Path.Combine(Directory, $"ccache-{user}-{Guid.NewGuid():N}");
        List<string> arguments = ["-c", "FILE:" + cachePath];
        if (lifetime is not null)
        {
            arguments.AddRange(["-l", lifetime]);
        }
        arguments.Add($"{user}@{Realm}");
        Run("kinit", arguments, password + "\n");
        return cachePath;
    }

    /// <summary>The path of a credential cache that does not exist (a client without tickets).</summary>
    public string EmptyCache() => Path.Combine(Directory, $"ccache-empty-{Guid.NewGuid():N}");

    /// <summary>Puts the realm's variables into a child process's environment.</summary>
    public ProcessStartInfo Configure(ProcessStartInfo start, string? cachePath = null)
    {
        start.Environment["KRB5_CONFIG"] = ConfigPath;
        start.Environment["KRB5_KDC_PROFILE"] = KdcProfilePath;
        start.Environment["KRB5CCNAME"] = "FILE:" + (cachePath ?? DefaultCachePath);
        start.Environment["KRB5RCACHEDIR"] = ReplayCacheDirectory;
        return start;
    }

    /// <summary>A fresh SPNEGO token for <paramref name="servicePrincipal"/> (<c>HTTP/localhost</c>) from the tickets in
    /// <paramref name="cachePath"/> (the default cache when null), or null when GSSAPI cannot make one.</summary>
    public static byte[]? CreateToken(string servicePrincipal, string? cachePath = null, bool mutual = false)
    {
        return WithCache(cachePath, () =>
        {
            using var client = new NegotiateAuthentication(new NegotiateAuthenticationClientOptions
            {
                Package = "Negotiate",
                Credential = CredentialCache.DefaultNetworkCredentials,
                TargetName = servicePrincipal,
                RequiredProtectionLevel = ProtectionLevel.None,
                RequireMutualAuthentication = mutual,
            });
            byte[]? token = client.GetOutgoingBlob(ReadOnlySpan<byte>.Empty, out NegotiateAuthenticationStatusCode status);
            return status is NegotiateAuthenticationStatusCode.Completed or NegotiateAuthenticationStatusCode.ContinueNeeded ? token : null;
        });
    }

    private static T WithCache<T>(string? cachePath, Func<T> action)
    {
        if (cachePath is null)
        {
            return action();
        }
        if (gss_krb5_ccache_name(out _, "FILE:" + cachePath, IntPtr.Zero) != 0)
        {
            throw new InvalidOperationException("gss_krb5_ccache_name failed");
        }
        try
        {
            return action();
        }
        finally
        {
            gss_krb5_ccache_name(out _, null, IntPtr.Zero);
        }
    }

    private static (TestKerberosRealm?, string?) CreateShared()
    {
        foreach (string tool in new[] { "/usr/sbin/krb5kdc", "/usr/sbin/kdb5_util", "/usr/sbin/kadmin.local", "/usr/bin/kinit", "/usr/bin/ktutil" })
        {
            if (!File.Exists(tool))
            {
                return (null, $"{tool} is not installed (apt-get install krb5-kdc krb5-user)");
            }
        }
        TestKerberosRealm realm = Create();
        SetNative("KRB5_CONFIG", realm.ConfigPath);
        SetNative("KRB5_KDC_PROFILE", realm.KdcProfilePath);
        SetNative("KRB5CCNAME", "FILE:" + realm.DefaultCachePath);
        SetNative("KRB5RCACHEDIR", realm.ReplayCacheDirectory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => realm.Dispose();
        return (realm, null);
    }

    /// <summary>Creates the realm, starts its KDC and gets alice's tickets into <see cref="DefaultCachePath"/>.</summary>
    private static TestKerberosRealm Create()
    {
        string directory = Path.Combine(Path.GetTempPath(), "manifold-krb-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var realm = new TestKerberosRealm(directory, FreePort());
        try
        {
            realm.Setup();
            return realm;
        }
        catch
        {
            realm.Dispose();
            throw;
        }
    }

    private void Setup()
    {
        System.IO.Directory.CreateDirectory(ReplayCacheDirectory);
        File.WriteAllText(ConfigPath, $$"""
            [libdefaults]
                default_realm = {{Realm}}
                dns_lookup_kdc = false
                dns_lookup_realm = false
                rdns = false
                dns_canonicalize_hostname = false
                udp_preference_limit = 1
            [realms]
                {{Realm}} = {
                    kdc = 127.0.0.1:{{Port}}
                }
            [domain_realm]
                localhost = {{Realm}}
                127.0.0.1 = {{Realm}}
            """);
        File.WriteAllText(KdcProfilePath, $$"""
            [kdcdefaults]
                kdc_listen = 127.0.0.1:{{Port}}
                kdc_tcp_listen = 127.0.0.1:{{Port}}
            [realms]
                {{Realm}} = {
                    database_name = {{Directory}}/principal
                    key_stash_file = {{Directory}}/stash
                    acl_file = {{Directory}}/kadm5.acl
                    max_life = 10h
                    max_renewable_life = 1d
                }
            [plugins]
                kdcpreauth = {
                    disable = spake
                }
            [logging]
                kdc = FILE:{{Directory}}/kdc.log
            """);
        Run("/usr/sbin/kdb5_util", ["create", "-s", "-r", Realm, "-P", "master-" + Guid.NewGuid().ToString("N")]);
        Run("/usr/sbin/kadmin.local", ["-r", Realm, "-q", $"addprinc -pw {AlicePassword} alice"]);
        Run("/usr/sbin/kadmin.local", ["-r", Realm, "-q", $"addprinc -pw {BobPassword} bob"]);
        Run("/usr/sbin/kadmin.local", ["-r", Realm, "-q", "addprinc -randkey HTTP/localhost"]);
        Run("/usr/sbin/kadmin.local", ["-r", Realm, "-q", "addprinc -randkey HTTP/127.0.0.1"]);
        // ktadd gives the principals new random keys (kvno 2); the wrong keytab has the same names and kvno, other keys.
        Run("/usr/sbin/kadmin.local", ["-r", Realm, "-q", $"ktadd -k {ServiceKeytabPath} HTTP/localhost HTTP/127.0.0.1"]);
        const string kvno = "2";
        string script = string.Join("\n", new[] { "localhost", "127.0.0.1" }.Select(host =>
            $"addent -password -p HTTP/{host}@{Realm} -k {kvno} -e aes256-cts-hmac-sha1-96\nnot-the-key")) + $"\nwkt {WrongKeyKeytabPath}\nquit\n";
        Run("/usr/bin/ktutil", [], script);
        _kdc = Process.Start(Configure(new ProcessStartInfo("/usr/sbin/krb5kdc", ["-n", "-r", Realm])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }));
        _kdc!.OutputDataReceived += (_, _) => { };
        _kdc.ErrorDataReceived += (_, _) => { };
        _kdc.BeginOutputReadLine();
        _kdc.BeginErrorReadLine();
        WaitForKdc();
        Kinit("alice", AlicePassword, DefaultCachePath);
    }

    private void WaitForKdc()
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (watch.Elapsed < TimeSpan.FromSeconds(20) && !_kdc!.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }

    private string Run(string program, IEnumerable<string> arguments, string? input = null)
    {
        var start = Configure(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        });
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(30_000))
        {
            process.Kill();
            throw new InvalidOperationException($"{program} did not finish");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
        return output.Result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sets a variable in the managed and the native environment (libc <c>setenv</c>).</summary>
    public static void SetNative(string name, string value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (setenv(name, value, 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed");
        }
    }

    public void Dispose()
    {
        if (_kdc is { HasExited: false })
        {
            _kdc.Kill();
            _kdc.WaitForExit(5000);
        }
        _kdc?.Dispose();
        _kdc = null;
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);

    [LibraryImport("libgssapi_krb5.so.2", StringMarshalling = StringMarshalling.Utf8)]
    private static partial uint gss_krb5_ccache_name(out uint minor, string? name, IntPtr oldName);
}
