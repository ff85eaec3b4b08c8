using Manifold.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace Manifold.Server.Security;

/// <summary>PASSWORD: <c>Authorization: Basic</c> checked against the password authenticator (the file).</summary>
internal sealed class PasswordRequestAuthenticator(IPasswordAuthenticator passwords) : IRequestAuthenticator
{
    public string Type => "PASSWORD";

    public string Challenge(ProtocolHeaders headers) => $"Basic realm=\"{(headers == ProtocolHeaders.Presto ? "Presto" : "Trino")}\"";

    public ValueTask<AuthenticationOutcome> AuthenticateAsync(HttpContext context, ProtocolHeaders headers)
    {
        if (!BasicCredentials.TryRead(context.Request, out string? user, out string? password) || user.Length == 0)
        {
            return ValueTask.FromResult(AuthenticationOutcome.NoCredentials);
        }
        return ValueTask.FromResult(passwords.Authenticate(user, password)
            ? AuthenticationOutcome.Success(user)
            : AuthenticationOutcome.Failure("Access Denied: Invalid credentials"));
    }
}
