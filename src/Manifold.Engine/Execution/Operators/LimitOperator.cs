using Manifold.Engine.Execution.Kernels;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Skips <c>offset</c> rows, then passes at most <c>count</c> rows (all when null); with tie keys, also the rows
/// equal to the last one passed (input sorted). Order-preserving; stops pulling input once done.</summary>
internal sealed class LimitOperator(IOperator input, long? count, long offset, IReadOnlyList<(int Channel, bool Ascending, bool NullsFirst)>? tieKeys) : IOperator
{
    private long _skipped;
    private long _emitted;
    private Page? _lastPage;
    private int _lastRow;
    private bool _done;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        while (!_done && await input.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
        {
            int start = 0;
            if (_skipped < offset)
            {
                long skip = Math.Min(offset - _skipped, page.RowCount);
                _skipped += skip;
                start = (int)skip;
                if (start == page.RowCount)
                {
                    continue;
                }
            }
            int available = page.RowCount - start;
            if (count is null)
            {
                return page.Slice(start, available);
            }
            long remaining = count.Value - _emitted;
            if (remaining > 0)
            {
                int take = (int)Math.Min(remaining, available);
                _emitted += take;
                _lastPage = page;
                _lastRow = start + take - 1;
                if (tieKeys is null && _emitted >= count.Value)
                {
                    _done = true;
                }
                int end = start + take;
                if (tieKeys is not null && _emitted >= count.Value)
                {
                    end = ExtendTies(page, end);
                    if (end < page.RowCount)
                    {
                        _done = true;
                    }
                }
                return page.Slice(start, end - start);
            }
            if (tieKeys is null || _lastPage is null)
            {
                _done = true;
                break;
            }
            int tieEnd = ExtendTies(page, start);
            if (tieEnd < page.RowCount)
            {
                _done = true;
            }
            if (tieEnd > start)
            {
                return page.Slice(start, tieEnd - start);
            }
        }
        return null;
    }

    /// <summary>The end of the run of rows from <paramref name="from"/> that tie with the last emitted row.</summary>
    private int ExtendTies(Page page, int from)
    {
        int end = from;
        while (end < page.RowCount && Ties(page, end))
        {
            end++;
        }
        return end;
    }

    private bool Ties(Page page, int row)
    {
        foreach (var key in tieKeys!)
        {
            object? a = _lastPage![key.Channel].GetObject(_lastRow);
            object? b = page[key.Channel].GetObject(row);
            if (ColumnComparer.CompareValues(a, b) != 0)
            {
                return false;
            }
        }
        return true;
    }

    public void Dispose() => input.Dispose();
}
