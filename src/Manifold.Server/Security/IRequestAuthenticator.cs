using Manifold.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace Manifold.Server.Security;

/// <summary>One method of <c>http-server.authentication.type</c> (PASSWORD, KERBEROS, JWT): reads its own credentials from a
/// request and verifies them. <see cref="AuthenticationMiddleware"/> tries the configured methods in order, as Trino does.</summary>
internal interface IRequestAuthenticator
{
    /// <summary>The method's name in <c>http-server.authentication.type</c>, upper case.</summary>
    string Type { get; }

    /// <summary>The <c>WWW-Authenticate</c> value a 401 answer carries for this method.</summary>
    string Challenge(ProtocolHeaders headers);

    /// <summary>Verifies the request's credentials of this method. May write response headers (SPNEGO's final token).</summary>
    ValueTask<AuthenticationOutcome> AuthenticateAsync(HttpContext context, ProtocolHeaders headers);
}

/// <summary>What one authenticator made of a request.</summary>
/// <param name="Principal">The authenticated user name, when verified.</param>
/// <param name="FailureMessage">Why the presented credentials were refused (never contains the secret); null when the
/// request carried no credentials of this method.</param>
internal readonly record struct AuthenticationOutcome(string? Principal, string? FailureMessage)
{
    /// <summary>The request carries no credentials of this method: try the next one.</summary>
    public static AuthenticationOutcome NoCredentials => default;

    public static AuthenticationOutcome Success(string principal) => new(principal, null);

    public static AuthenticationOutcome Failure(string message) => new(null, message);

    public bool Succeeded => Principal is not null;
}
