using Manifold.Spi.Vectors;

namespace Manifold.Spi.Connectors;

/// <summary>Opens page sources for splits.</summary>
public interface IConnectorPageSourceProvider
{
    /// <summary>A source producing the rows of <paramref name="split"/>, with exactly the given columns in that order
    /// (possibly none: then pages carry only row counts).</summary>
    IConnectorPageSource CreatePageSource(
        ConnectorSession session, ConnectorSplit split, ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns);
}

/// <summary>Produces the pages of one split. Used by one thread at a time.</summary>
public interface IConnectorPageSource : IDisposable
{
    /// <summary>The next page, or null when the split is exhausted. A page may have zero rows.</summary>
    /// <remarks>The returned page is immutable and may be kept by the caller indefinitely.</remarks>
    ValueTask<Page?> GetNextPageAsync(CancellationToken cancellationToken);

    /// <summary>Bytes read so far (for statistics).</summary>
    long CompletedBytes => 0;
}
