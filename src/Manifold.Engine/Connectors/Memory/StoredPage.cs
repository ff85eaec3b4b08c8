using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>One immutable page of a memory table: compact column vectors plus the ids of its rows.</summary>
/// <remarks>
/// Row ids grow with position, within a page and across the pages of a table. A page written by one insert has
/// consecutive ids (<see cref="FirstRowId"/> + position) and stores none; once rows are deleted, or pages with gaps
/// between their ids are merged, the ids are kept explicitly in <see cref="RowIds"/>.
/// </remarks>
internal sealed class StoredPage
{
    public StoredPage(Page data, long firstRowId, FlatVector<long>? rowIds)
    {
        Data = data;
        FirstRowId = rowIds is null ? firstRowId : rowIds.Values[0];
        RowIds = rowIds;
        Bytes = data.RetainedBytes + (rowIds?.RetainedBytes ?? 0);
    }

    /// <summary>The columns, in table order.</summary>
    public Page Data { get; }

    /// <summary>The id of the first row (the smallest id in the page).</summary>
    public long FirstRowId { get; }

    /// <summary>The id of every row, or null when they are <see cref="FirstRowId"/> + position.</summary>
    public FlatVector<long>? RowIds { get; }

    /// <summary>The bytes this page keeps alive, as charged to the catalog's memory context.</summary>
    public long Bytes { get; }

    public int RowCount => Data.RowCount;

    /// <summary>The id of the last row.</summary>
    public long LastRowId => RowIds is null ? FirstRowId + Data.RowCount - 1 : RowIds.Values[Data.RowCount - 1];

    /// <summary>The id of the row at <paramref name="position"/>.</summary>
    public long GetRowId(int position) => RowIds is null ? FirstRowId + position : RowIds.Values[position];

    /// <summary>The row ids as a vector (the stored one, or a new one for consecutive ids).</summary>
    public FlatVector<long> GetRowIdVector()
    {
        if (RowIds is not null)
        {
            return RowIds;
        }
        var ids = new long[Data.RowCount];
        long first = FirstRowId;
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = first + i;
        }
        return new FlatVector<long>(SqlType.BigInt, ids);
    }

    /// <summary>The position of the row with id <paramref name="rowId"/>, or -1 when it is not in this page.</summary>
    public int FindPosition(long rowId)
    {
        if (RowIds is null)
        {
            long position = rowId - FirstRowId;
            return position >= 0 && position < Data.RowCount ? (int)position : -1;
        }
        int found = RowIds.Span.BinarySearch(rowId);
        return found >= 0 ? found : -1;
    }
}
