using Manifold.Spi.Types;

namespace Manifold.Spi.Connectors;

/// <summary>A procedure callable with <c>CALL catalog.schema.name(…)</c>.</summary>
/// <param name="Schema">The schema it lives in.</param>
/// <param name="Name">Its name.</param>
/// <param name="Arguments">Its arguments, in positional order.</param>
/// <param name="Invoke">Runs it with one boxed value per argument (null for a missing optional one).</param>
public sealed record ProcedureDefinition(
    string Schema, string Name, IReadOnlyList<ProcedureArgument> Arguments, Action<ConnectorSession, IReadOnlyList<object?>> Invoke);

/// <summary>One procedure argument.</summary>
/// <param name="Name">Name, usable as <c>name => value</c>.</param>
/// <param name="Type">SQL type.</param>
/// <param name="Required">Whether it must be given.</param>
public sealed record ProcedureArgument(string Name, SqlType Type, bool Required = true);
