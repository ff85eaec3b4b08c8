using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>An insert in progress into a memory table.</summary>
/// <param name="TableId">The table's id.</param>
/// <param name="Name">The table's name when the insert began (for messages).</param>
/// <param name="InsertId">Identifies this insert's fragments.</param>
/// <param name="ColumnOrdinals">For each column of the pages the sinks receive, its index in the table.</param>
/// <param name="TableColumns">The table's columns when the insert began; sinks write pages of exactly these.</param>
internal sealed record MemoryInsertTableHandle(
    long TableId, SchemaTableName Name, long InsertId, int[] ColumnOrdinals, ColumnMetadata[] TableColumns) : ConnectorInsertTableHandle;
