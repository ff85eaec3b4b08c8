using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Manifold.Cli;

/// <summary><c>manifold --version</c>: prints the tool's version (with the source revision when built from git).</summary>
internal sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
{
    /// <summary>The version of the manifold assembly.</summary>
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        console.Out.Write(Version + "\n");
        return ExitCodes.Success;
    }
}
