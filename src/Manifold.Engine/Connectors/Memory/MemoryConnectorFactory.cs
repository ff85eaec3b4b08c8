using Manifold.Spi.Connectors;
using Manifold.Spi.Memory;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Creates memory catalogs (<c>connector.name=memory</c>): tables held in this process, as Trino's memory connector.</summary>
/// <remarks>Accepts one property, <c>memory.max-data-per-node</c> (a data size such as <c>128MB</c> or <c>2GB</c>), which
/// limits the bytes the catalog's tables hold; without it they are limited only by the node's memory context.</remarks>
public sealed class MemoryConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public string Name => "memory";

    /// <inheritdoc />
    public IConnector Create(string catalogName, IReadOnlyDictionary<string, string> properties, ConnectorContext context)
    {
        MemoryConfig config = MemoryConfig.Parse(properties);
        MemoryContext memory = context.Memory.CreateChild($"catalog {catalogName}", config.MaxDataPerNode);
        return new MemoryConnector(new MemoryStore(catalogName, memory));
    }
}
