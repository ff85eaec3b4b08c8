using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Manifold.Server.Security;
using Manifold.Testing.Security;

namespace Manifold.Bench.Auth;

/// <summary>HTTPS without authentication: the baseline every method is compared with.</summary>
internal sealed class NoAuthentication : IAuthBenchMethod
{
    public string Name => "none";

    public Task ConfigureAsync(string etc, IDictionary<string, string> properties) => Task.CompletedTask;

    public HttpClient CreateClient(SocketsHttpHandler handler) => new(handler);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>PASSWORD with the file authenticator: a bcrypt hash of cost 10, as <c>manifold passwd</c> writes it.</summary>
internal sealed class PasswordAuthentication : IAuthBenchMethod
{
    private const string Password = "bench-secret";

    public string Name => "password";

    public async Task ConfigureAsync(string etc, IDictionary<string, string> properties)
    {
        string passwords = Path.Combine(etc, "password.db");
        await File.WriteAllTextAsync(passwords, "bench:" + PasswordHash.HashBcrypt(Password, PasswordHash.DefaultBcryptCost) + "\n");
        await File.WriteAllTextAsync(Path.Combine(etc, PasswordFileSettings.FileName),
            $"password-authenticator.name=file\nfile.password-file={passwords}\n");
        properties["http-server.authentication.type"] = "PASSWORD";
    }

    public HttpClient CreateClient(SocketsHttpHandler handler) => new(handler)
    {
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("bench:" + Password))) },
    };

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>JWT with an RSA 2048 public key file and one RS256 token reused on every request, as clients do: after the
/// first request the coordinator finds the token in its cache of verified tokens.</summary>
internal sealed class JwtAuthentication : IAuthBenchMethod
{
    private readonly RSA _key = RSA.Create(2048);

    public string Name => "jwt";

    public Task ConfigureAsync(string etc, IDictionary<string, string> properties)
    {
        foreach (var (key, value) in TestJwt.CoordinatorProperties(_key, etc))
        {
            properties[key] = value;
        }
        return Task.CompletedTask;
    }

    public HttpClient CreateClient(SocketsHttpHandler handler) => new(handler)
    {
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", TestJwt.Rsa(_key, TestJwt.Claims("bench"))) },
    };

    public ValueTask DisposeAsync()
    {
        _key.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>KERBEROS against the throw-away MIT realm of the tests (<see cref="TestKerberosRealm"/>, a KDC on loopback),
/// with alice's ticket from <c>kinit</c>.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>kerberos</c>: a fresh SPNEGO token for <c>HTTP/127.0.0.1</c> on every request, sent up front, as
/// Manifold.Client and Trino's clients do. Each token is a new AP-REQ: the client builds it from the credential cache
/// and the server decrypts it and writes its replay cache, on every request.</item>
/// <item><c>kerberos-persist</c>: the server with <c>krb5.persist-credentials=true</c> and .NET's own handler
/// (<c>Credentials = DefaultNetworkCredentials</c>), which answers the first 401 of a connection with a token and then
/// sends none: the connection's identity is reused.</item>
/// </list>
/// </remarks>
internal sealed class KerberosAuthentication(bool persistCredentials) : IAuthBenchMethod
{
    private readonly TestKerberosRealm _realm = TestKerberosRealm.Shared is { Realm: { } realm }
        ? realm
        : throw new InvalidOperationException("The kerberos methods need an MIT KDC: " + TestKerberosRealm.Shared.Missing);

    public string Name => persistCredentials ? "kerberos-persist" : "kerberos";

    public Task ConfigureAsync(string etc, IDictionary<string, string> properties)
    {
        foreach (var (key, value) in _realm.CoordinatorProperties(persistCredentials))
        {
            properties[key] = value;
        }
        return Task.CompletedTask;
    }

    public HttpClient CreateClient(SocketsHttpHandler handler)
    {
        if (persistCredentials)
        {
            handler.Credentials = CredentialCache.DefaultNetworkCredentials;
        }
        return new(new TicketHandler(sendToken: !persistCredentials) { InnerHandler = handler });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class TicketHandler(bool sendToken) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Remove("X-Trino-User");   // the ticket names the user (alice), as Manifold.Client does without User
            if (sendToken)
            {
                byte[] token = TestKerberosRealm.CreateToken("HTTP/" + request.RequestUri!.Host)
                    ?? throw new InvalidOperationException("GSSAPI made no token: is alice's ticket in the realm's credential cache?");
                request.Headers.Authorization = new AuthenticationHeaderValue("Negotiate", Convert.ToBase64String(token));
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
