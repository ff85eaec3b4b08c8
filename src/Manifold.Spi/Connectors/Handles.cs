namespace Manifold.Spi.Connectors;

/// <summary>A connector's own reference to a table, possibly carrying pushed-down filters and limits.</summary>
/// <remarks>Records, so that two handles for the same table and pushdown compare equal.</remarks>
public abstract record ConnectorTableHandle;

/// <summary>A connector's own reference to a column of a table.</summary>
/// <param name="Name">The column name as listed in the table metadata.</param>
public abstract record ConnectorColumnHandle(string Name);

/// <summary>A unit of work for a page source: a part of a table that one thread reads.</summary>
public abstract record ConnectorSplit;

/// <summary>A connector's reference to a table being written by INSERT or CREATE TABLE AS.</summary>
public abstract record ConnectorInsertTableHandle;
