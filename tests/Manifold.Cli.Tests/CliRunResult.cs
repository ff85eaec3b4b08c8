namespace Manifold.Cli.Tests;

/// <summary>What one in-process run printed and returned.</summary>
internal sealed record CliRunResult(int ExitCode, string Out, string Error);
