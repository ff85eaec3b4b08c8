using Manifold.Engine.Connectors.Memory;
using Manifold.Engine.Connectors.SystemCatalog;
using Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;
using Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;
using Manifold.Engine.Connectors.Tpch;
using Manifold.Engine.Metadata;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Runtime;

/// <summary>The connectors that ship inside the engine and the catalogs created when there is no configuration.</summary>
internal static class BuiltInConnectors
{
    /// <summary>Catalog name → connector name of the embedded defaults.</summary>
    public static IReadOnlyList<(string Catalog, string Connector)> DefaultCatalogs { get; } =
    [
        ("memory", "memory"),
        ("tpch", "tpch"),
    ];

    /// <summary>The built-in connector factories.</summary>
    public static IEnumerable<IConnectorFactory> Factories()
    {
        yield return new MemoryConnectorFactory();
        yield return new TpchConnectorFactory();
    }

    /// <summary>The connector of the <c>system</c> catalog, which every engine has: its tables read the engine's state
    /// through the source interfaces the system connector declares.</summary>
    public static SystemConnector CreateSystemConnector(CatalogManager catalogs, EngineOptions options)
    {
        ISystemRuntimeSource runtime = options.RuntimeSource ?? new EmbeddedRuntimeSource(options.NodeId);
        return new(SystemMetadataTables.Create(new SystemMetadataSource(catalogs, options.AccessControl))
                .Concat(SystemRuntimeTables.Create(runtime, options.AccessControl)),
            SystemRuntimeTables.CreateProcedures(runtime, options.AccessControl));
    }
}
