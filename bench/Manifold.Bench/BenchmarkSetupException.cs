namespace Manifold.Bench;

/// <summary>A benchmark cannot start (missing files, bad arguments); the message is for the user.</summary>
internal sealed class BenchmarkSetupException(string message) : Exception(message);
