namespace Manifold.Cli;

/// <summary>A command line that parsed but makes no sense (e.g. both <c>--execute</c> and <c>--file</c>); exits with
/// <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
