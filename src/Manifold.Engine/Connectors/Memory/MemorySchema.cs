using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>The tables and views of one schema. Guarded by the store's lock.</summary>
internal sealed class MemorySchema
{
    public Dictionary<string, MemoryTable> Tables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ViewDefinition> Views { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Tables.Count == 0 && Views.Count == 0;

    /// <summary>True when a table or a view has this name.</summary>
    public bool Contains(string name) => Tables.ContainsKey(name) || Views.ContainsKey(name);
}
