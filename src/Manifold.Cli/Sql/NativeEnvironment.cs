using System.Runtime.InteropServices;

namespace Manifold.Cli.Sql;

/// <summary>Sets a variable that native libraries (MIT Kerberos) read: on Unix, .NET keeps a managed copy of the
/// environment, so <see cref="Environment.SetEnvironmentVariable(string, string)"/> alone does not reach them.</summary>
internal static partial class NativeEnvironment
{
    public static void Set(string name, string value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (!OperatingSystem.IsWindows() && setenv(name, value, 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed");
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
