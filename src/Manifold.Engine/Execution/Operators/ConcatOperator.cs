using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>The pages of each input in turn (UNION ALL of single streams). Order-preserving within each input.</summary>
internal sealed class ConcatOperator(IReadOnlyList<Func<IOperator>> inputs) : IOperator
{
    private int _index;
    private IOperator? _current;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        while (_index < inputs.Count)
        {
            _current ??= inputs[_index]();
            if (await _current.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
            {
                return page;
            }
            _current.Dispose();
            _current = null;
            _index++;
        }
        return null;
    }

    public void Dispose() => _current?.Dispose();
}
