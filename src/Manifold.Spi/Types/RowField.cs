namespace Manifold.Spi.Types;

/// <summary>One field of a <see cref="RowType"/>.</summary>
/// <param name="Name">The field name, or null for an anonymous field.</param>
/// <param name="Type">The field type.</param>
public sealed record RowField(string? Name, SqlType Type);
