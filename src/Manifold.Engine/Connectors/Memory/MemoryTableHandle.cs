using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>A memory table, by its id (stable across renames), plus a pushed-down limit.</summary>
/// <param name="TableId">The table's id in its store.</param>
/// <param name="Name">The table's name when the handle was made (for messages).</param>
/// <param name="Limit">The most rows a scan returns, or null.</param>
internal sealed record MemoryTableHandle(long TableId, SchemaTableName Name, long? Limit = null) : ConnectorTableHandle;
