using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>The <c>system</c> catalog: read-only tables about the engine itself (catalogs, properties, comments, and later
/// nodes, queries and tasks) plus procedures such as <c>system.runtime.kill_query</c>.</summary>
/// <remarks>
/// The connector is a registry: it serves whatever <see cref="ISystemTable"/>s and procedures it is created with and knows
/// nothing about where their rows come from. Each schema's tables are built over a small source interface declared here
/// (<see cref="MetadataSchema.ISystemMetadataSource"/> for <c>metadata</c>) and implemented by the engine, which creates the
/// catalog. Adding a schema means adding tables and their source, not changing this class.
/// </remarks>
public sealed class SystemConnector : IConnector
{
    /// <summary>The catalog name, which no configured catalog may use.</summary>
    public const string CatalogName = "system";

    /// <summary>The connector name reported for the catalog (<c>system.metadata.catalogs.connector_name</c>).</summary>
    public const string ConnectorName = "system";

    /// <summary>Creates the connector.</summary>
    /// <param name="tables">The tables, with distinct names.</param>
    /// <param name="procedures">The procedures callable with <c>CALL system.schema.name(…)</c>.</param>
    /// <exception cref="ArgumentException">Two tables have the same name.</exception>
    public SystemConnector(IEnumerable<ISystemTable> tables, IEnumerable<ProcedureDefinition>? procedures = null)
    {
        var registry = new SystemTableRegistry(tables);
        Procedures = procedures?.ToArray() ?? [];
        string[] schemas = registry.SchemaNames.Concat(Procedures.Select(p => p.Schema)).Distinct().Order(StringComparer.Ordinal).ToArray();
        Metadata = new SystemMetadata(registry, schemas);
        SplitManager = new SystemSplitManager();
        PageSourceProvider = new SystemPageSourceProvider(registry);
    }

    /// <inheritdoc />
    public IConnectorMetadata Metadata { get; }

    /// <inheritdoc />
    public IConnectorSplitManager SplitManager { get; }

    /// <inheritdoc />
    public IConnectorPageSourceProvider PageSourceProvider { get; }

    /// <inheritdoc />
    public IReadOnlyList<ProcedureDefinition> Procedures { get; }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
