using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Manifold.Server.Protocol;
using Manifold.Spi.Errors;
using Manifold.Spi.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security;

/// <summary>Authenticates every request before it reaches an endpoint, as Trino's <c>AuthenticationFilter</c> does
/// (client-protocol.md §10). Runs only when an authenticator is configured.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Open without credentials: <c>GET /v1/info</c>, <c>/v1/info/state</c>, <c>/v1/info/coordinator</c> (public in Trino:
/// load balancers and gateways poll them). Everything else, <c>/v1/status</c> and <c>/metrics</c> included, needs credentials.</item>
/// <item>HTTPS: <c>Authorization: Basic</c> is checked against the password authenticator. Missing or wrong: 401 with
/// <c>WWW-Authenticate: Basic realm="Trino"</c> (<c>"Presto"</c> for a client that speaks X-Presto-*).</item>
/// <item>Plain HTTP: a Basic header with a password is refused (401 "Password not allowed for insecure authentication");
/// otherwise, unless <c>http-server.authentication.allow-insecure-over-http=true</c>, 403 "Authentication over HTTP is
/// not enabled"; when allowed, the user comes from X-Trino-User as without authentication.</item>
/// <item>A different X-Trino-User is impersonation: allowed only when the access control's impersonation rules let the
/// authenticated user act as that user, else 403 "Access Denied: User alice cannot impersonate user bob". Without
/// access-control.properties impersonation stays refused (Trino's allow-all would permit it: here turning on passwords
/// must not let every user act as every other). A missing X-Trino-User is set to the authenticated user.</item>
/// </list>
/// Failed attempts are logged with the user name and remote address, never the password.
/// </remarks>
internal sealed class AuthenticationMiddleware(RequestDelegate next, AuthenticationSettings settings, IPasswordAuthenticator authenticator,
    IAccessControl accessControl, ILogger<AuthenticationMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!settings.Enabled || IsPublic(context.Request))
        {
            return next(context);
        }
        ProtocolHeaders headers = ProtocolHeaders.Detect(context.Request.Headers, out _) ?? ProtocolHeaders.Trino;
        bool hasBasic = TryReadBasic(context.Request, out string? user, out string? password);
        if (!context.Request.IsHttps)
        {
            if (hasBasic && !string.IsNullOrEmpty(password))
            {
                Log(context, user, "password over plain HTTP");
                return WriteAsync(context, StatusCodes.Status401Unauthorized, "Password not allowed for insecure authentication", null);
            }
            if (!settings.AllowInsecureOverHttp)
            {
                return WriteAsync(context, StatusCodes.Status403Forbidden, "Authentication over HTTP is not enabled", null);
            }
            if (hasBasic && !string.IsNullOrEmpty(user) && string.IsNullOrEmpty(context.Request.Headers[headers.User]))
            {
                context.Request.Headers[headers.User] = user;
            }
            return next(context);
        }
        string realm = headers == ProtocolHeaders.Presto ? "Presto" : "Trino";
        if (!hasBasic || string.IsNullOrEmpty(user))
        {
            return WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", realm);
        }
        if (!authenticator.Authenticate(user, password ?? ""))
        {
            Log(context, user, "invalid credentials");
            return WriteAsync(context, StatusCodes.Status401Unauthorized, "Access Denied: Invalid credentials", realm);
        }
        string? sessionUser = context.Request.Headers[headers.User];
        if (string.IsNullOrEmpty(sessionUser))
        {
            context.Request.Headers[headers.User] = user;
        }
        else if (sessionUser != user)
        {
            try
            {
                if (accessControl is AllowAllAccessControl)
                {
                    throw AccessDenied.ImpersonateUser(user, sessionUser);
                }
                accessControl.CheckCanImpersonateUser(new Identity(user) { Principal = user }, sessionUser);
            }
            catch (ManifoldException e) when (e.ErrorCode == StandardErrorCode.PermissionDenied)
            {
                Log(context, user, $"may not impersonate '{sessionUser}'");
                return WriteAsync(context, StatusCodes.Status403Forbidden, e.Message, null);
            }
        }
        // The principal travels with the request: statements pass it to admission (the authenticatedUser selector).
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], "Basic"));
        return next(context);
    }

    private static bool IsPublic(HttpRequest request)
        => HttpMethods.IsGet(request.Method)
            && (request.Path.Equals("/v1/info", StringComparison.Ordinal)
                || request.Path.Equals("/v1/info/state", StringComparison.Ordinal)
                || request.Path.Equals("/v1/info/coordinator", StringComparison.Ordinal));

    private static bool TryReadBasic(HttpRequest request, out string? user, out string? password)
    {
        user = null;
        password = null;
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out AuthenticationHeaderValue? header)
            || !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return false;
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }
        int colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }
        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }

    private void Log(HttpContext context, string? user, string reason)
        => logger.LogWarning("Authentication failed for user '{User}' from {Remote} ({Method} {Path}): {Reason}",
            user ?? "", context.Connection.RemoteIpAddress, context.Request.Method, context.Request.Path, reason);

    private static async Task WriteAsync(HttpContext context, int status, string message, string? realm)
    {
        context.Response.StatusCode = status;
        if (realm is not null)
        {
            context.Response.Headers.WWWAuthenticate = $"Basic realm=\"{realm}\"";
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message + "\n");
    }
}
