namespace Manifold.Bench.Server;

/// <summary>A statement the round-trip or stream workload needs ended FAILED; its message has the query id and error.</summary>
public sealed class StatementFailedException(string message) : Exception(message);
