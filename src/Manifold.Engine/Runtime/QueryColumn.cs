using Manifold.Spi.Types;

namespace Manifold.Engine.Runtime;

/// <summary>A result column: its name and type.</summary>
public sealed record QueryColumn(string Name, SqlType Type);
