using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Opens a <see cref="MemoryPageSink"/> per writer thread of an insert.</summary>
internal sealed class MemoryPageSinkProvider(MemoryStore store) : IConnectorPageSinkProvider
{
    public IConnectorPageSink CreatePageSink(ConnectorSession session, ConnectorInsertTableHandle insert)
        => new MemoryPageSink(store, (MemoryInsertTableHandle)insert);
}
