using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Runtime.InteropServices;

namespace Manifold.Client.Protocol;

/// <summary>SPNEGO for <c>Kerberos=&lt;service&gt;</c>: a fresh <c>Authorization: Negotiate</c> token for
/// <c>service/host</c> on every request, sent up front (no 401 round trip), from the tickets of the Kerberos credential
/// cache (<c>KRB5CCNAME</c>, or <c>KerberosCredentialCachePath</c>).</summary>
/// <remarks>The service principal's host is the connection's <c>Host</c> as written (no canonicalisation). A named
/// credential cache is selected with MIT's per-thread <c>gss_krb5_ccache_name</c> around the synchronous token
/// calls, so connections with different caches do not disturb each other or the process environment.</remarks>
internal sealed partial class KerberosCredentials(string serviceName, string host, string? cachePath)
{
    private const string GssLibrary = "libgssapi_krb5.so.2";

    public string TargetName { get; } = $"{serviceName}/{host}";

    /// <summary>A new token for one request.</summary>
    /// <exception cref="ManifoldDbException">No ticket can be had (no kinit, expired, unknown service principal).</exception>
    public AuthenticationHeaderValue CreateHeader()
    {
        bool overrideCache = !string.IsNullOrEmpty(cachePath);
        if (overrideCache)
        {
            SetThreadCache(cachePath!.Contains(':', StringComparison.Ordinal) ? cachePath : "FILE:" + cachePath);
        }
        try
        {
            using var negotiate = new NegotiateAuthentication(new NegotiateAuthenticationClientOptions
            {
                Package = "Negotiate",
                Credential = CredentialCache.DefaultNetworkCredentials,
                TargetName = TargetName,
                RequiredProtectionLevel = ProtectionLevel.None,
            });
            byte[]? token = negotiate.GetOutgoingBlob(ReadOnlySpan<byte>.Empty, out NegotiateAuthenticationStatusCode status);
            if (status is not (NegotiateAuthenticationStatusCode.Completed or NegotiateAuthenticationStatusCode.ContinueNeeded) || token is null)
            {
                string cache = overrideCache ? $"the credential cache '{cachePath}'" : "the default credential cache (KRB5CCNAME)";
                throw new ManifoldDbException(
                    $"Kerberos: cannot get a ticket for {TargetName} from {cache} ({status}): run kinit, check that the ticket has not "
                    + "expired and that the KDC knows the service principal");
            }
            return new AuthenticationHeaderValue("Negotiate", Convert.ToBase64String(token));
        }
        finally
        {
            if (overrideCache)
            {
                SetThreadCache(null);
            }
        }
    }

    private static void SetThreadCache(string? name)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsFreeBSD())
        {
            throw new PlatformNotSupportedException("KerberosCredentialCachePath needs MIT Kerberos (Linux); set KRB5CCNAME instead");
        }
        uint major;
        try
        {
            major = gss_krb5_ccache_name(out _, name, IntPtr.Zero);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new ManifoldDbException($"Kerberos needs MIT's GSSAPI library ({GssLibrary}, Debian package libgssapi-krb5-2): {e.Message}", e);
        }
        if (major != 0)
        {
            throw new ManifoldDbException($"Kerberos: cannot select the credential cache '{name}' (GSS status {major:X8})");
        }
    }

    [LibraryImport(GssLibrary, StringMarshalling = StringMarshalling.Utf8)]
    private static partial uint gss_krb5_ccache_name(out uint minor, string? name, IntPtr oldName);
}
