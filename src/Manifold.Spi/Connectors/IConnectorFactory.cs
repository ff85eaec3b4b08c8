using Manifold.Spi.Memory;

namespace Manifold.Spi.Connectors;

/// <summary>Creates connectors of one kind (<c>connector.name</c> in <c>etc/catalog/*.properties</c>).</summary>
public interface IConnectorFactory
{
    /// <summary>The value of <c>connector.name</c> this factory answers to, e.g. <c>memory</c>.</summary>
    string Name { get; }

    /// <summary>Creates the connector for one catalog.</summary>
    /// <param name="catalogName">The catalog name.</param>
    /// <param name="properties">The catalog's properties other than <c>connector.name</c>.</param>
    /// <param name="context">Services the engine offers connectors.</param>
    /// <exception cref="Errors.ManifoldException">A property is missing or invalid (CONFIGURATION_INVALID).</exception>
    IConnector Create(string catalogName, IReadOnlyDictionary<string, string> properties, ConnectorContext context);
}

/// <summary>Services the engine offers connectors.</summary>
/// <param name="Memory">The node's memory context, for data a connector keeps across queries (e.g. the memory connector's tables).</param>
/// <param name="TimeProvider">The clock.</param>
public sealed record ConnectorContext(MemoryContext Memory, TimeProvider TimeProvider);
