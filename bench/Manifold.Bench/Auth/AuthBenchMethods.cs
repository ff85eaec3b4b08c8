using System.Net.Http.Headers;
using System.Text;
using Manifold.Server.Security;

namespace Manifold.Bench.Auth;

/// <summary>HTTPS without authentication: the baseline every method is compared with.</summary>
internal sealed class NoAuthentication : IAuthBenchMethod
{
    public string Name => "none";

    public Task ConfigureAsync(string etc, IDictionary<string, string> properties) => Task.CompletedTask;

    public void Authorize(SocketsHttpHandler handler, HttpClient http)
    {
    }

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

    public void Authorize(SocketsHttpHandler handler, HttpClient http)
        => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("bench:" + Password)));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>JWT with an RSA 2048 public key file and one RS256 token reused on every request, as clients do: after the
/// first request the coordinator finds the token in its cache of verified tokens.</summary>
internal sealed class JwtAuthentication : IAuthBenchMethod
{
    private readonly System.Security.Cryptography.RSA _key = System.Security.Cryptography.RSA.Create(2048);

    public string Name => "jwt";

    public async Task ConfigureAsync(string etc, IDictionary<string, string> properties)
    {
        string keyFile = Path.Combine(etc, "jwt-public.pem");
        await File.WriteAllTextAsync(keyFile, _key.ExportSubjectPublicKeyInfoPem());
        properties["http-server.authentication.type"] = "JWT";
        properties["http-server.authentication.jwt.key-file"] = keyFile;
    }

    public void Authorize(SocketsHttpHandler handler, HttpClient http)
        => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            Manifold.Testing.Security.TestJwt.Rsa(_key, Manifold.Testing.Security.TestJwt.Claims("bench")));

    public ValueTask DisposeAsync()
    {
        _key.Dispose();
        return ValueTask.CompletedTask;
    }
}
