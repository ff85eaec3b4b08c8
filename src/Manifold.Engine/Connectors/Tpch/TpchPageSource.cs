using Manifold.Spi.Connectors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates the pages of one split, synchronously (generation is CPU work; there is no I/O to wait for).</summary>
internal sealed class TpchPageSource(TpchGenerator generator, int maxRowsPerPage) : IConnectorPageSource
{
    private long _completedBytes;
    private bool _finished;

    public long CompletedBytes => _completedBytes;

    public ValueTask<Page?> GetNextPageAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_finished)
        {
            return ValueTask.FromResult<Page?>(null);
        }
        Page? page = generator.NextPage(maxRowsPerPage);
        if (page is null)
        {
            _finished = true;
        }
        else
        {
            _completedBytes += page.RetainedBytes;
        }
        return ValueTask.FromResult(page);
    }

    public void Dispose() => _finished = true;
}
