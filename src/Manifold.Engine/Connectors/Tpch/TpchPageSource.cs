using Manifold.Spi.Connectors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates the pages of one split, synchronously (generation is CPU work; there is no I/O to wait for).</summary>
/// <remarks>The generator is created on the first page. When it needs the text pool that is not built yet, the first
/// page waits for the pool without blocking, so that cancelling the query does not wait for the pool.</remarks>
internal sealed class TpchPageSource(Func<TpchGenerator> createGenerator, bool usesTextPool, int maxRowsPerPage) : IConnectorPageSource
{
    private TpchGenerator? _generator;
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
        if (_generator is null && usesTextPool && !TpchTextPool.IsBuilt)
        {
            return FirstPageAfterTextPoolAsync(cancellationToken);
        }
        return ValueTask.FromResult(Next());
    }

    private async ValueTask<Page?> FirstPageAfterTextPoolAsync(CancellationToken cancellationToken)
    {
        await TpchTextPool.WhenBuilt().WaitAsync(cancellationToken).ConfigureAwait(false);
        return Next();
    }

    private Page? Next()
    {
        _generator ??= createGenerator();
        Page? page = _generator.NextPage(maxRowsPerPage);
        if (page is null)
        {
            _finished = true;
        }
        else
        {
            _completedBytes += page.RetainedBytes;
        }
        return page;
    }

    public void Dispose() => _finished = true;
}
