using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Manifold.Server.Security;

/// <summary>Reads <c>Authorization: Basic base64(user:password)</c>.</summary>
internal static class BasicCredentials
{
    /// <summary>False for a missing, non-Basic or malformed header (bad base64, no colon).</summary>
    public static bool TryRead(HttpRequest request, [NotNullWhen(true)] out string? user, [NotNullWhen(true)] out string? password)
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
}
