using Manifold.Server.Protocol;
using Manifold.Spi.Errors;
using Manifold.Spi.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Manifold.Server.Security.AccessControl;

/// <summary>Who a REST request (<c>/v1/query</c> …) comes from, for access checks: the <c>X-Trino-User</c> (or
/// <c>X-Presto-User</c>) header, which authentication has already checked or filled in, the authenticated principal,
/// and the user's groups. A request naming no user is the user "" (rules with a user pattern other than <c>.*</c> do
/// not match it).</summary>
internal static class RequestIdentity
{
    /// <summary>Runs an access check for the request's identity; a denial becomes 403 with Trino's message.</summary>
    public static void Require(HttpContext context, Action<IAccessControl, Identity> check)
    {
        try
        {
            check(context.RequestServices.GetRequiredService<IAccessControl>(), From(context));
        }
        catch (ManifoldException e) when (e.ErrorCode == StandardErrorCode.PermissionDenied)
        {
            throw new ProtocolException(403, e.Message);
        }
    }

    public static Identity From(HttpContext context)
    {
        ProtocolHeaders headers = ProtocolHeaders.Detect(context.Request.Headers, out _) ?? ProtocolHeaders.Trino;
        string user = context.Request.Headers[headers.User].ToString();
        IReadOnlyList<string> groups = context.RequestServices.GetService<IGroupProvider>()?.GetGroups(user) ?? [];
        return new Identity(user)
        {
            Groups = groups,
            Principal = context.User.Identity is { IsAuthenticated: true, Name: { } principal } ? principal : null,
        };
    }
}
