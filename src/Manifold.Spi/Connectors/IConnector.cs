namespace Manifold.Spi.Connectors;

/// <summary>One catalog's connector: the entry point to its metadata, splits, page sources and sinks.</summary>
/// <remarks>Must be thread-safe: many queries use a connector at once.</remarks>
public interface IConnector : IDisposable
{
    /// <summary>Schemas, tables, columns, statistics, pushdown and DDL.</summary>
    IConnectorMetadata Metadata { get; }

    /// <summary>Divides a table into splits.</summary>
    IConnectorSplitManager SplitManager { get; }

    /// <summary>Reads a split.</summary>
    IConnectorPageSourceProvider PageSourceProvider { get; }

    /// <summary>Writes rows (INSERT, CREATE TABLE AS), or null when the connector is read-only.</summary>
    IConnectorPageSinkProvider? PageSinkProvider => null;

    /// <summary>Procedures callable with <c>CALL catalog.schema.name(…)</c>.</summary>
    IReadOnlyList<ProcedureDefinition> Procedures => [];

    /// <summary>Catalog session properties (<c>SET SESSION catalog.name = …</c>).</summary>
    IReadOnlyList<PropertyMetadata> SessionProperties => [];

    /// <summary>Properties accepted by <c>CREATE TABLE … WITH (…)</c>.</summary>
    IReadOnlyList<PropertyMetadata> TableProperties => [];
}
