using System.Net;
using System.Net.Security;
using Manifold.Server.Protocol;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Manifold.Server.Security;

/// <summary>KERBEROS: SPNEGO (<c>Authorization: Negotiate &lt;token&gt;</c>) accepted with the service keytab through
/// <see cref="NegotiateAuthentication"/> in server mode, as Trino's Kerberos authenticator.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Every token is verified; a multi-leg exchange keeps its <see cref="NegotiateAuthentication"/> on the connection
/// (leg 2 must arrive on the same connection).</item>
/// <item>Mutual authentication: the final token, when there is one, goes back as <c>WWW-Authenticate: Negotiate
/// &lt;token&gt;</c> on the response of that request, whatever its status (Trino's Python client requires it).</item>
/// <item>With <c>krb5.persist-credentials=true</c>, once a connection authenticated, a later request on it without any
/// <c>Authorization</c> header is taken as the same principal (ASP.NET's "persist Kerberos credentials"): the .NET
/// handler and requests-kerberos then skip the 401 round trip and the ticket work. Off by default: unsafe behind a
/// proxy that pools connections for several users.</item>
/// <item>The principal (<c>alice@REALM</c>) becomes the user through <c>krb5.user-mapping.pattern</c> or
/// <c>.file</c> (<see cref="UserMapping"/>); a principal the mapping does not take fails.</item>
/// </list>
/// </remarks>
internal sealed class KerberosRequestAuthenticator : IRequestAuthenticator
{
    private static readonly object s_pendingKey = new();
    private static readonly object s_principalKey = new();

    private readonly KerberosSettings _settings;

    public KerberosRequestAuthenticator(KerberosSettings settings)
    {
        _settings = settings;
        GssNative.RegisterAcceptorIdentity(settings.KeytabPath);
    }

    public string Type => "KERBEROS";

    public string Challenge(ProtocolHeaders headers) => "Negotiate";

    public ValueTask<AuthenticationOutcome> AuthenticateAsync(HttpContext context, ProtocolHeaders headers)
        => ValueTask.FromResult(Authenticate(context));

    private AuthenticationOutcome Authenticate(HttpContext context)
    {
        IDictionary<object, object?>? items = context.Features.Get<IConnectionItemsFeature>()?.Items;
        string? authorization = context.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(authorization))
        {
            return _settings.PersistCredentials && items is not null && items.TryGetValue(s_principalKey, out object? cached) && cached is string user
                ? AuthenticationOutcome.Success(user)
                : AuthenticationOutcome.NoCredentials;
        }
        if (!authorization.StartsWith("Negotiate ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.NoCredentials;
        }
        byte[] token;
        try
        {
            token = Convert.FromBase64String(authorization["Negotiate ".Length..].Trim());
        }
        catch (FormatException)
        {
            return AuthenticationOutcome.Failure("Kerberos: invalid token (not base64)");
        }
        items?.Remove(s_principalKey);   // a new token is verified afresh
        NegotiateAuthentication negotiate;
        if (items is not null && items.TryGetValue(s_pendingKey, out object? pending) && pending is NegotiateAuthentication kept)
        {
            items.Remove(s_pendingKey);
            negotiate = kept;
        }
        else
        {
            negotiate = new NegotiateAuthentication(new NegotiateAuthenticationServerOptions
            {
                Package = "Negotiate",
                Credential = CredentialCache.DefaultNetworkCredentials,
                RequiredProtectionLevel = ProtectionLevel.None,
            });
        }
        bool keep = false;
        try
        {
            byte[]? reply = negotiate.GetOutgoingBlob(token, out NegotiateAuthenticationStatusCode status);
            switch (status)
            {
                case NegotiateAuthenticationStatusCode.Completed:
                    if (reply is { Length: > 0 })
                    {
                        string header = "Negotiate " + Convert.ToBase64String(reply);
                        context.Response.OnStarting(() =>
                        {
                            context.Response.Headers.Append("WWW-Authenticate", header);
                            return Task.CompletedTask;
                        });
                    }
                    string principal = negotiate.RemoteIdentity.Name ?? "";
                    if (!_settings.UserMapping.TryMap(principal, out string mapped, out string reason))
                    {
                        return AuthenticationOutcome.Failure($"Kerberos: principal '{principal}' {reason}");
                    }
                    if (_settings.PersistCredentials && items is not null)
                    {
                        items[s_principalKey] = mapped;
                    }
                    return AuthenticationOutcome.Success(mapped);
                case NegotiateAuthenticationStatusCode.ContinueNeeded when items is not null:
                    items[s_pendingKey] = negotiate;
                    keep = true;
                    RegisterDispose(context, negotiate);
                    string next = "Negotiate " + Convert.ToBase64String(reply ?? []);
                    context.Response.OnStarting(() =>
                    {
                        // The 401 lists every method's bare challenge; the continuation token replaces ours.
                        var values = context.Response.Headers.WWWAuthenticate.Where(v => v != "Negotiate").Append(next).ToArray();
                        context.Response.Headers.WWWAuthenticate = values;
                        return Task.CompletedTask;
                    });
                    return AuthenticationOutcome.NoCredentials;
                default:
                    return AuthenticationOutcome.Failure(Describe(status));
            }
        }
        finally
        {
            if (!keep)
            {
                negotiate.Dispose();
            }
        }
    }

    private static void RegisterDispose(HttpContext context, NegotiateAuthentication negotiate)
        => context.Features.Get<IConnectionCompleteFeature>()?.OnCompleted(static state =>
        {
            ((NegotiateAuthentication)state).Dispose();
            return Task.CompletedTask;
        }, negotiate);

    /// <summary>A readable reason for a refused token (GSSAPI's own codes say little; KRB5_TRACE has the details).</summary>
    internal static string Describe(NegotiateAuthenticationStatusCode status) => status switch
    {
        NegotiateAuthenticationStatusCode.InvalidToken => "Kerberos: invalid token",
        NegotiateAuthenticationStatusCode.GenericFailure =>
            "Kerberos: token refused: the server's keytab cannot decrypt the ticket or lacks the principal, the ticket was replayed, "
            + "or the token is malformed (GenericFailure; KRB5_TRACE on the server tells which)",
        NegotiateAuthenticationStatusCode.UnknownCredentials => "Kerberos: the server cannot read its keytab (UnknownCredentials)",
        NegotiateAuthenticationStatusCode.CredentialsExpired => "Kerberos: the ticket has expired (CredentialsExpired)",
        NegotiateAuthenticationStatusCode.ContextExpired => "Kerberos: the security context has expired (ContextExpired)",
        NegotiateAuthenticationStatusCode.BadBinding => "Kerberos: the channel binding does not match (BadBinding)",
        NegotiateAuthenticationStatusCode.OutOfSequence or NegotiateAuthenticationStatusCode.MessageAltered =>
            $"Kerberos: invalid token ({status})",
        NegotiateAuthenticationStatusCode.ContinueNeeded => "Kerberos: the exchange needs another leg on the same connection",
        _ => $"Kerberos: authentication failed ({status})",
    };
}
