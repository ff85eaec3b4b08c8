using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>A system table, narrowed by filter pushdown to the rows <paramref name="Constraint"/> allows.</summary>
/// <param name="Name">The table.</param>
/// <param name="Constraint">What the scan must return; <see cref="SystemTableConstraint.None"/> for every row.</param>
internal sealed record SystemTableHandle(SchemaTableName Name, SystemTableConstraint Constraint) : ConnectorTableHandle;

/// <summary>A column of a system table.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Index">Its position in the table's columns (and in the rows the table produces).</param>
internal sealed record SystemColumnHandle(string Name, int Index) : ConnectorColumnHandle(Name);

/// <summary>The single split of a system table: its rows are produced in one place.</summary>
internal sealed record SystemSplit : ConnectorSplit;
