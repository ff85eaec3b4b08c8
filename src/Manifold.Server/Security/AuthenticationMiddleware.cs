using System.Globalization;
using System.Net;
using System.Security.Claims;
using Manifold.Server.Protocol;
using Manifold.Server.Security.AccessControl;
using Manifold.Spi.Errors;
using Manifold.Spi.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security;

/// <summary>Authenticates every request before it reaches an endpoint, as Trino's <c>AuthenticationFilter</c> does
/// (client-protocol.md §10). Runs only when <c>http-server.authentication.type</c> names at least one method.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Open without credentials: <c>GET /v1/info</c>, <c>/v1/info/state</c>, <c>/v1/info/coordinator</c> (public in Trino:
/// load balancers and gateways poll them). Everything else, <c>/v1/status</c> and <c>/metrics</c> included, needs credentials.</item>
/// <item>HTTPS: the configured methods are tried in order; the first that verifies the request wins. When none does:
/// 401 with the failure messages joined by " | " (or "Unauthorized" when no credentials were sent) and one
/// <c>WWW-Authenticate</c> challenge per method.</item>
/// <item>Plain HTTP: a Basic header with a password is refused (401 "Password not allowed for insecure authentication");
/// otherwise, unless <c>http-server.authentication.allow-insecure-over-http=true</c>, 403 "Authentication over HTTP is
/// not enabled"; when allowed, the user comes from X-Trino-User as without authentication.</item>
/// <item>Failed attempts are logged with the user name (when the request names one) and remote address, never the secret,
/// and limited per user and address by <see cref="FailedLoginLimiter"/>: a blocked key gets 429 before anything is checked.</item>
/// <item>A different X-Trino-User is impersonation: allowed only when the access control's impersonation rules let the
/// authenticated user act as that user, else 403 "Access Denied: User alice cannot impersonate user bob". Without
/// access-control.properties impersonation stays refused (Trino's allow-all would permit it: here turning on passwords
/// must not let every user act as every other). A missing X-Trino-User is set to the authenticated user.</item>
/// <item>With <c>internal-communication.shared-secret</c>, a request carrying <c>X-Trino-Internal-Bearer</c> is another
/// node's: a valid token authenticates it as <c>&lt;internal&gt;</c> (no user credentials, no impersonation check), an
/// invalid one gets 401 and is logged. Without the secret the header is ignored.</item>
/// </list>
/// </remarks>
internal sealed class AuthenticationMiddleware(RequestDelegate next, AuthenticationSettings settings,
    IEnumerable<IRequestAuthenticator> authenticators, FailedLoginLimiter limiter, IAccessControl accessControl,
    ILogger<AuthenticationMiddleware> logger, InternalRequestSigner? internalSigner = null)
{
    private readonly IRequestAuthenticator[] _authenticators = [.. authenticators];

    public async Task InvokeAsync(HttpContext context)
    {
        if (internalSigner is not null && context.Request.Headers.TryGetValue(InternalRequestSigner.HeaderName, out var internalBearer))
        {
            await AuthenticateInternalAsync(context, internalSigner, internalBearer.ToString());
            return;
        }
        if (!settings.Enabled || IsPublic(context.Request))
        {
            await next(context);
            return;
        }
        ProtocolHeaders headers = ProtocolHeaders.Detect(context.Request.Headers, out _) ?? ProtocolHeaders.Trino;
        bool hasBasic = BasicCredentials.TryRead(context.Request, out string? basicUser, out string? password);
        if (!context.Request.IsHttps)
        {
            if (hasBasic && password!.Length > 0)
            {
                Log(context, basicUser, "password over plain HTTP");
                await WriteAsync(context, StatusCodes.Status401Unauthorized, "Password not allowed for insecure authentication", []);
                return;
            }
            if (!settings.AllowInsecureOverHttp)
            {
                await WriteAsync(context, StatusCodes.Status403Forbidden, "Authentication over HTTP is not enabled", []);
                return;
            }
            if (hasBasic && basicUser!.Length > 0 && string.IsNullOrEmpty(context.Request.Headers[headers.User]))
            {
                context.Request.Headers[headers.User] = basicUser;
            }
            await next(context);
            return;
        }

        // Failures count against the user the request names (Basic), else against the address alone.
        string claimedUser = basicUser ?? "";
        IPAddress? address = context.Connection.RemoteIpAddress;
        if (!limiter.TryBegin(claimedUser, address, out TimeSpan retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(Math.Min(retryAfter.TotalSeconds, int.MaxValue)))
                .ToString(CultureInfo.InvariantCulture);
            await WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many failed authentication attempts; try again later", []);
            return;
        }
        string? principal = null;
        List<string>? failures = null;
        foreach (IRequestAuthenticator authenticator in _authenticators)
        {
            AuthenticationOutcome outcome = await authenticator.AuthenticateAsync(context, headers);
            if (outcome.Succeeded)
            {
                principal = outcome.Principal;
                break;
            }
            if (outcome.FailureMessage is not null)
            {
                (failures ??= []).Add(outcome.FailureMessage);
            }
        }
        if (principal is null)
        {
            if (failures is not null)
            {
                Log(context, basicUser, string.Join(" | ", failures));
                if (limiter.Failed(claimedUser, address))
                {
                    logger.LogWarning("Authentication for user '{User}' from {Remote} is blocked after repeated failures", claimedUser, address);
                }
            }
            else
            {
                limiter.Refund(claimedUser, address);
            }
            await WriteAsync(context, StatusCodes.Status401Unauthorized, failures is null ? "Unauthorized" : string.Join(" | ", failures),
                [.. _authenticators.Select(a => a.Challenge(headers))]);
            return;
        }
        limiter.Refund(claimedUser, address);
        string? sessionUser = context.Request.Headers[headers.User];
        if (string.IsNullOrEmpty(sessionUser))
        {
            context.Request.Headers[headers.User] = principal;
        }
        else if (sessionUser != principal)
        {
            try
            {
                if (accessControl is AllowAllAccessControl)
                {
                    throw AccessDenied.ImpersonateUser(principal, sessionUser);
                }
                IReadOnlyList<string> groups = context.RequestServices.GetService<IGroupProvider>()?.GetGroups(principal) ?? [];
                accessControl.CheckCanImpersonateUser(new Identity(principal) { Principal = principal, Groups = groups }, sessionUser);
            }
            catch (ManifoldException e) when (e.ErrorCode == StandardErrorCode.PermissionDenied)
            {
                Log(context, principal, $"may not impersonate '{sessionUser}'");
                await WriteAsync(context, StatusCodes.Status403Forbidden, e.Message, []);
                return;
            }
        }
        // The principal travels with the request: statements pass it to admission (the authenticatedUser selector).
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, principal)], "Manifold"));
        await next(context);
    }

    /// <summary>Another node's request: a valid internal bearer stands for user authentication (over HTTP too: the
    /// signature is the credential); the request runs as the X-Trino-User it names, else as <c>&lt;internal&gt;</c>.</summary>
    private async Task AuthenticateInternalAsync(HttpContext context, InternalRequestSigner signer, string bearer)
    {
        IPAddress? address = context.Connection.RemoteIpAddress;
        if (!limiter.TryBegin("", address, out _))
        {
            await WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many failed authentication attempts; try again later", []);
            return;
        }
        if (!signer.TryVerify(bearer, out string? nodeId, out string? error))
        {
            Log(context, null, $"invalid {InternalRequestSigner.HeaderName}: {error}");
            limiter.Failed("", address);
            await WriteAsync(context, StatusCodes.Status401Unauthorized, "Invalid internal bearer token", []);
            return;
        }
        limiter.Refund("", address);
        ProtocolHeaders headers = ProtocolHeaders.Detect(context.Request.Headers, out _) ?? ProtocolHeaders.Trino;
        if (string.IsNullOrEmpty(context.Request.Headers[headers.User]))
        {
            context.Request.Headers[headers.User] = InternalRequestSigner.InternalUser;
        }
        context.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, InternalRequestSigner.InternalUser), new Claim(InternalRequestSigner.NodeIdClaim, nodeId)], "ManifoldInternal"));
        await next(context);
    }

    private static bool IsPublic(HttpRequest request)
        => HttpMethods.IsGet(request.Method)
            && (request.Path.Equals("/v1/info", StringComparison.Ordinal)
                || request.Path.Equals("/v1/info/state", StringComparison.Ordinal)
                || request.Path.Equals("/v1/info/coordinator", StringComparison.Ordinal));

    private void Log(HttpContext context, string? user, string reason)
        => logger.LogWarning("Authentication failed for user '{User}' from {Remote} ({Method} {Path}): {Reason}",
            user ?? "", context.Connection.RemoteIpAddress, context.Request.Method, context.Request.Path, reason);

    private static async Task WriteAsync(HttpContext context, int status, string message, string[] challenges)
    {
        context.Response.StatusCode = status;
        if (challenges.Length > 0)
        {
            context.Response.Headers.WWWAuthenticate = challenges;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message + "\n");
    }
}
