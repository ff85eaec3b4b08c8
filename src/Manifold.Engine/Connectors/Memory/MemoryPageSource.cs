using Manifold.Spi.Connectors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Returns the stored pages of a split, projected to the requested columns without copying any column data.</summary>
/// <remarks>When all table columns are requested in table order the stored page itself is returned. The row-id column is
/// the page's stored ids, or a new vector for pages whose ids are consecutive.</remarks>
internal sealed class MemoryPageSource : IConnectorPageSource
{
    private readonly MemorySplit _split;
    private readonly int[] _ordinals;
    private readonly SqlType[] _types;
    private int _next;
    private long _completedBytes;

    public MemoryPageSource(MemorySplit split, int[] ordinals, SqlType[] types)
    {
        _split = split;
        _ordinals = ordinals;
        _types = types;
        _next = split.StartPage;
    }

    public long CompletedBytes => _completedBytes;

    public ValueTask<Page?> GetNextPageAsync(CancellationToken cancellationToken)
    {
        if (_next >= _split.EndPage)
        {
            return ValueTask.FromResult<Page?>(null);
        }
        cancellationToken.ThrowIfCancellationRequested();
        StoredPage stored = _split.Version.Pages[_next];
        bool last = _next == _split.EndPage - 1;
        _next++;
        Page page = Project(stored);
        if (last && _split.LastPageRows < page.RowCount)
        {
            page = page.Slice(0, _split.LastPageRows);
        }
        return ValueTask.FromResult<Page?>(page);
    }

    public void Dispose()
    {
    }

    private Page Project(StoredPage stored)
    {
        Page data = stored.Data;
        if (IsAllColumnsInOrder(data.ColumnCount))
        {
            _completedBytes += data.RetainedBytes;
            return data;
        }
        var columns = new Vector[_ordinals.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            int ordinal = _ordinals[i];
            Vector column = ordinal == MemoryColumnHandle.RowIdOrdinal
                ? stored.GetRowIdVector()
                : ordinal < data.ColumnCount
                    ? data[ordinal]
                    : Vector.NullVector(_types[i], data.RowCount);   // a column added after this scan's version
            _completedBytes += column.RetainedBytes;
            columns[i] = column;
        }
        return new Page(data.RowCount, columns);
    }

    private bool IsAllColumnsInOrder(int columnCount)
    {
        if (_ordinals.Length != columnCount)
        {
            return false;
        }
        for (int i = 0; i < _ordinals.Length; i++)
        {
            if (_ordinals[i] != i)
            {
                return false;
            }
        }
        return true;
    }
}
