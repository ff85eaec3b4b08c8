using Manifold.Engine.Connectors.Memory;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Runtime;

/// <summary>The connectors that ship inside the engine and the catalogs created when there is no configuration.</summary>
internal static class BuiltInConnectors
{
    /// <summary>Catalog name → connector name of the embedded defaults.</summary>
    public static IReadOnlyList<(string Catalog, string Connector)> DefaultCatalogs { get; } =
    [
        ("memory", "memory"),
    ];

    /// <summary>The built-in connector factories.</summary>
    public static IEnumerable<IConnectorFactory> Factories()
    {
        yield return new MemoryConnectorFactory();
    }
}
