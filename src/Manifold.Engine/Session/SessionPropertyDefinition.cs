using Manifold.Spi.Types;

namespace Manifold.Engine.Session;

/// <summary>A system session property: name, type, default and description, listed by SHOW SESSION.</summary>
/// <param name="Name">The property name, e.g. <c>query_max_run_time</c>.</param>
/// <param name="Type">The SQL type of its value.</param>
/// <param name="DefaultValue">The default, as text (how SHOW SESSION prints it).</param>
/// <param name="Description">What it controls.</param>
/// <param name="Validate">Checks and normalizes a value given as text; returns an error message or null.</param>
public sealed record SessionPropertyDefinition(
    string Name, SqlType Type, string DefaultValue, string Description, Func<string, string?>? Validate = null);
