using System.Numerics;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>One immutable page of a memory table: compact column vectors plus the ids of its rows.</summary>
/// <remarks>
/// Row ids grow with position, within a page and across the pages of a table. A page written by one insert has
/// consecutive ids (<see cref="FirstRowId"/> + position) and stores nothing for them. Once some of its rows are deleted
/// (or pages with gaps between their ids are merged), a bitmap over the id range <see cref="FirstRowId"/> ..
/// <see cref="LastRowId"/> marks the ids still present: an eighth of a byte per id, where storing the ids would cost
/// eight bytes per row.
/// </remarks>
internal sealed class StoredPage
{
    /// <summary>The widest id range a page may cover (bounds the bitmap at 2 kB).</summary>
    public const long MaxRowIdSpan = 8L * Page.DefaultMaxRowCount;

    private readonly ulong[]? _present;
    private readonly int _span;

    /// <summary>A page whose rows have the consecutive ids <paramref name="firstRowId"/>, <paramref name="firstRowId"/> + 1, ….</summary>
    public StoredPage(Page data, long firstRowId)
    {
        Data = data;
        FirstRowId = firstRowId;
        _span = data.RowCount;
        Bytes = data.RetainedBytes;
    }

    private StoredPage(Page data, long firstRowId, ulong[] present, int span)
    {
        Data = data;
        FirstRowId = firstRowId;
        _present = present;
        _span = span;
        Bytes = data.RetainedBytes + present.Length * 8L + 16;
    }

    /// <summary>The columns, in table order.</summary>
    public Page Data { get; }

    /// <summary>The id of the first row (the smallest id in the page).</summary>
    public long FirstRowId { get; }

    /// <summary>The id of the last row (the largest id in the page).</summary>
    public long LastRowId => FirstRowId + _span - 1;

    /// <summary>The bytes this page keeps alive, as charged to the catalog's memory context.</summary>
    public long Bytes { get; }

    public int RowCount => Data.RowCount;

    /// <summary>True when the ids are <see cref="FirstRowId"/> + position.</summary>
    public bool HasConsecutiveIds => _present is null;

    /// <summary>A page with <paramref name="data"/> and the given ids (ascending, one per row, spanning at most
    /// <see cref="MaxRowIdSpan"/>).</summary>
    public static StoredPage Create(Page data, ReadOnlySpan<long> rowIds)
    {
        long first = rowIds[0];
        long span = rowIds[^1] - first + 1;
        if (span == rowIds.Length)
        {
            return new StoredPage(data, first);
        }
        if (span > MaxRowIdSpan)
        {
            throw new ArgumentException($"Row ids span {span} ids, more than {MaxRowIdSpan}", nameof(rowIds));
        }
        ulong[] present = Bitmap.Allocate((int)span);
        foreach (long id in rowIds)
        {
            Bitmap.Set(present, (int)(id - first));
        }
        return new StoredPage(data, first, present, (int)span);
    }

    /// <summary>The same rows and ids with other column data (UPDATE, ADD COLUMN).</summary>
    public StoredPage WithData(Page data)
        => _present is null ? new StoredPage(data, FirstRowId) : new StoredPage(data, FirstRowId, _present, _span);

    /// <summary>Writes the id of every row into <paramref name="destination"/> (at least <see cref="RowCount"/> long).</summary>
    public void CopyRowIds(Span<long> destination)
    {
        long first = FirstRowId;
        if (_present is null)
        {
            for (int i = 0; i < Data.RowCount; i++)
            {
                destination[i] = first + i;
            }
            return;
        }
        int written = 0;
        ulong[] present = _present;
        for (int w = 0; w < present.Length; w++)
        {
            ulong word = present[w];
            while (word != 0)
            {
                destination[written++] = first + (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }

    /// <summary>The row ids as a new vector.</summary>
    public FlatVector<long> GetRowIdVector()
    {
        var ids = new long[Data.RowCount];
        CopyRowIds(ids);
        return new FlatVector<long>(SqlType.BigInt, ids);
    }

    /// <summary>The position of the row with id <paramref name="rowId"/>, or -1 when it is not in this page.</summary>
    public int FindPosition(long rowId)
    {
        long offset = rowId - FirstRowId;
        if (offset < 0 || offset >= _span)
        {
            return -1;
        }
        if (_present is null)
        {
            return (int)offset;
        }
        int bit = (int)offset;
        if (!Bitmap.Get(_present, bit))
        {
            return -1;
        }
        int word = bit >> 6;
        int position = 0;
        for (int w = 0; w < word; w++)
        {
            position += BitOperations.PopCount(_present[w]);
        }
        return position + BitOperations.PopCount(_present[word] & ((1UL << (bit & 63)) - 1));
    }
}
