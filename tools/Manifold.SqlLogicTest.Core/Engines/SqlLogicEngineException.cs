namespace Manifold.SqlLogicTest;

/// <summary>A statement or query failed in the engine under test; the message names the engine's error.</summary>
public sealed class SqlLogicEngineException(string message, Exception inner) : Exception(message, inner);
