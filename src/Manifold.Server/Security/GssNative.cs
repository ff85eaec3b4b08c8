using System.Runtime.InteropServices;

namespace Manifold.Server.Security;

/// <summary>The one call into MIT's GSSAPI library the server needs: naming the acceptor keytab. Setting
/// <c>KRB5_KTNAME</c> with <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not reach the native
/// library (.NET keeps a managed copy of the environment on Unix).</summary>
internal static partial class GssNative
{
    private const string Library = "libgssapi_krb5.so.2";

    /// <summary>Makes <paramref name="keytabPath"/> the keytab of every later default acceptor credential in this
    /// process (<c>krb5_gss_register_acceptor_identity</c>).</summary>
    /// <exception cref="InvalidOperationException">The library is missing or refused the path.</exception>
    public static void RegisterAcceptorIdentity(string keytabPath)
    {
        uint status;
        try
        {
            status = krb5_gss_register_acceptor_identity(keytabPath);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new InvalidOperationException(
                $"Kerberos needs MIT's GSSAPI library ({Library}, Debian package libgssapi-krb5-2): {e.Message}", e);
        }
        if (status != 0)
        {
            throw new InvalidOperationException($"krb5_gss_register_acceptor_identity('{keytabPath}') failed with status {status:X8}");
        }
    }

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial uint krb5_gss_register_acceptor_identity(string path);
}
