namespace Manifold.Spi.Vectors;

/// <summary>The boxed form of one map value: its entries in stored order.</summary>
/// <param name="Entries">Key/value pairs; keys are never null.</param>
public sealed record MapValue(IReadOnlyList<KeyValuePair<object, object?>> Entries);
