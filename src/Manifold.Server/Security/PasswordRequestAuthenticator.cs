using Manifold.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace Manifold.Server.Security;

/// <summary>PASSWORD: <c>Authorization: Basic</c> checked against the password authenticator (the file); the login
/// name becomes the user through <c>http-server.authentication.password.user-mapping.*</c>.</summary>
internal sealed class PasswordRequestAuthenticator(IPasswordAuthenticator passwords, UserMapping? userMapping = null) : IRequestAuthenticator
{
    public string Type => "PASSWORD";

    public string Challenge(ProtocolHeaders headers) => $"Basic realm=\"{(headers == ProtocolHeaders.Presto ? "Presto" : "Trino")}\"";

    public ValueTask<AuthenticationOutcome> AuthenticateAsync(HttpContext context, ProtocolHeaders headers)
    {
        if (!BasicCredentials.TryRead(context.Request, out string? user, out string? password) || user.Length == 0)
        {
            return ValueTask.FromResult(AuthenticationOutcome.NoCredentials);
        }
        if (!passwords.Authenticate(user, password))
        {
            return ValueTask.FromResult(AuthenticationOutcome.Failure("Access Denied: Invalid credentials"));
        }
        return ValueTask.FromResult((userMapping ?? UserMapping.None).TryMap(user, out string mapped, out string reason)
            ? AuthenticationOutcome.Success(mapped)
            : AuthenticationOutcome.Failure($"Access Denied: user '{user}' {reason}"));
    }
}
