using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>A memory catalog: tables kept in this process, columnar, for as long as it runs.</summary>
internal sealed class MemoryConnector : IConnector
{
    private readonly MemoryStore _store;

    public MemoryConnector(MemoryStore store)
    {
        _store = store;
        Metadata = new MemoryMetadata(store);
        SplitManager = new MemorySplitManager(store);
        PageSourceProvider = new MemoryPageSourceProvider();
        PageSinkProvider = new MemoryPageSinkProvider(store);
    }

    public IConnectorMetadata Metadata { get; }

    public IConnectorSplitManager SplitManager { get; }

    public IConnectorPageSourceProvider PageSourceProvider { get; }

    public IConnectorPageSinkProvider? PageSinkProvider { get; }

    /// <summary>The catalog's data, for tests and diagnostics.</summary>
    internal MemoryStore Store => _store;

    /// <summary>Drops every table and frees the memory they held.</summary>
    public void Dispose() => _store.Clear();
}
