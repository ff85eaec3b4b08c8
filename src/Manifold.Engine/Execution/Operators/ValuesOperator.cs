using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Produces fixed pages (VALUES, constant rows).</summary>
internal sealed class ValuesOperator(IReadOnlyList<Page> pages) : IOperator
{
    private int _next;

    public ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_next < pages.Count ? pages[_next++] : null);
    }

    public void Dispose()
    {
    }
}
