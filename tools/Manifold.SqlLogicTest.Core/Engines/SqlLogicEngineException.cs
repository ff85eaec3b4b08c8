namespace Manifold.SqlLogicTest;

/// <summary>A statement or query failed in the engine under test; the message names the engine's error.</summary>
/// <param name="message">The message, starting with the error name when there is one (<c>DIVISION_BY_ZERO: …</c>).</param>
/// <param name="inner">The engine's own exception.</param>
/// <param name="errorName">The engine's name for the error (<c>TABLE_NOT_FOUND</c>), checked by
/// <c>statement error NAME</c> and <c>query error NAME</c>; null when the engine has no such names.</param>
public sealed class SqlLogicEngineException(string message, Exception inner, string? errorName = null) : Exception(message, inner)
{
    /// <summary>The engine's name for the error, or null.</summary>
    public string? ErrorName { get; } = errorName;
}
