namespace Manifold.Client;

/// <summary>A warning the server attached to a query (§4.6).</summary>
/// <param name="Code">The numeric warning code.</param>
/// <param name="Name">The warning's name, e.g. <c>PARSER_WARNING</c>.</param>
/// <param name="Message">The text.</param>
public sealed record ManifoldWarning(int Code, string Name, string Message);
