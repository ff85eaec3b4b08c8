using Manifold.Spi.Vectors;

namespace Manifold.Spi.Connectors;

/// <summary>Opens page sinks for inserts.</summary>
public interface IConnectorPageSinkProvider
{
    /// <summary>A sink for one writer thread of the insert.</summary>
    IConnectorPageSink CreatePageSink(ConnectorSession session, ConnectorInsertTableHandle insert);
}

/// <summary>Receives the rows of an insert from one thread. Rows become visible only in
/// <see cref="IConnectorMetadata.FinishInsert"/>.</summary>
public interface IConnectorPageSink
{
    /// <summary>Accepts a page whose columns are the insert's columns, in order.</summary>
    ValueTask AppendAsync(Page page, CancellationToken cancellationToken);

    /// <summary>Ends writing; returns fragments to pass to <see cref="IConnectorMetadata.FinishInsert"/>.</summary>
    ValueTask<IReadOnlyList<object>> FinishAsync(CancellationToken cancellationToken);

    /// <summary>Discards what was written.</summary>
    void Abort();

    /// <summary>Bytes this sink holds on behalf of the query until the insert commits or aborts (rows buffered for the
    /// commit, not rows already sent elsewhere). The engine charges them to the query's memory after each
    /// <see cref="AppendAsync"/>, so an insert over <c>query.max-memory-per-node</c> fails with
    /// EXCEEDED_LOCAL_MEMORY_LIMIT. Zero by default, for sinks that stream their rows out.</summary>
    long MemoryUsage => 0;
}
