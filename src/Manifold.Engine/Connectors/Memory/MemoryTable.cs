using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>A memory table: a current <see cref="MemoryTableVersion"/> that readers take without locking and writers replace.</summary>
/// <remarks>
/// Every change (insert commit, delete, update, add column, drop) runs under the table's write lock, builds a new version
/// from the current one (copy-on-write: untouched pages are shared) and publishes it with one atomic swap, so a reader
/// sees either all of a change or none of it, and concurrent writers never lose each other's rows. The memory of the
/// new version is reserved before the swap; when that fails the table is unchanged.
/// </remarks>
internal sealed class MemoryTable
{
    private readonly MemoryStore _store;
    private readonly Lock _writeLock = new();
    private MemoryTableVersion _current;
    private SchemaTableName _name;
    private long _nextRowId;
    private bool _dropped;

    public MemoryTable(MemoryStore store, long id, SchemaTableName name, ColumnMetadata[] columns, string? comment)
    {
        _store = store;
        Id = id;
        _name = name;
        Comment = comment;
        _current = new MemoryTableVersion(columns, []);
    }

    public long Id { get; }

    /// <summary>The current name; changed by RENAME under the store's lock.</summary>
    public SchemaTableName Name
    {
        get => Volatile.Read(ref _name);
        set => Volatile.Write(ref _name, value);
    }

    public string? Comment { get; }

    /// <summary>The latest committed version.</summary>
    public MemoryTableVersion Current => Volatile.Read(ref _current);

    /// <summary>Marks the table dropped (later writes fail) and returns the bytes it held, for the caller to free.</summary>
    public long MarkDropped()
    {
        lock (_writeLock)
        {
            if (_dropped)
            {
                return 0;
            }
            _dropped = true;
            MemoryTableVersion current = _current;
            Volatile.Write(ref _current, new MemoryTableVersion(current.Columns, []));
            return current.Bytes;
        }
    }

    /// <summary>Appends the pages of claimed insert fragments, whose bytes are already reserved.</summary>
    /// <remarks>Rows get consecutive new ids. A partly filled last page and small new pages are merged into pages of up
    /// to <see cref="Page.DefaultMaxRowCount"/> rows, so that many small inserts do not leave many tiny pages.</remarks>
    public void CommitInsert(IReadOnlyList<MemoryInsertFragment> fragments)
    {
        lock (_writeLock)
        {
            ThrowIfDropped();
            MemoryTableVersion current = _current;
            ColumnMetadata[] columns = current.Columns;
            long fragmentBytes = 0;
            long nextRowId = _nextRowId;
            var tail = new List<StoredPage>();
            StoredPage[] old = current.Pages;
            int keep = old.Length;
            if (keep > 0 && old[keep - 1].RowCount < Page.DefaultMaxRowCount)
            {
                keep--;
                tail.Add(old[keep]);
            }
            int firstNew = tail.Count;
            foreach (MemoryInsertFragment fragment in fragments)
            {
                fragmentBytes += fragment.Bytes;
                foreach (Page page in fragment.Pages)
                {
                    if (page.RowCount == 0)
                    {
                        continue;
                    }
                    tail.Add(new StoredPage(PadColumns(page, columns), nextRowId));
                    nextRowId += page.RowCount;
                }
            }
            if (tail.Count == firstNew)
            {
                _store.Free(fragmentBytes);
                return;
            }
            List<StoredPage> merged = Coalesce(tail, columns);
            var pages = new StoredPage[keep + merged.Count];
            Array.Copy(old, pages, keep);
            merged.CopyTo(pages, keep);
            var next = new MemoryTableVersion(columns, pages, current.StatisticsState);
            Publish(current, next, alreadyReserved: fragmentBytes);
            _nextRowId = nextRowId;
        }
    }

    /// <summary>ALTER TABLE ADD COLUMN: every stored page gets a constant NULL vector for the new column.</summary>
    public void AddColumn(ColumnMetadata column)
    {
        lock (_writeLock)
        {
            ThrowIfDropped();
            MemoryTableVersion current = _current;
            if (column.Name == MemoryColumnHandle.RowIdName)
            {
                throw MemoryErrors.ReservedColumnName(column.Name);
            }
            if (current.IndexOf(column.Name) >= 0)
            {
                throw MemoryErrors.ColumnAlreadyExists(column.Name);
            }
            if (!column.Nullable && current.RowCount > 0)
            {
                throw new ManifoldException(
                    StandardErrorCode.NotSupported, $"Unable to add NOT NULL column '{column.Name}' for non-empty table");
            }
            ColumnMetadata[] columns = [.. current.Columns, column];
            var pages = new StoredPage[current.Pages.Length];
            for (int i = 0; i < pages.Length; i++)
            {
                StoredPage page = current.Pages[i];
                pages[i] = page.WithData(PadColumns(page.Data, columns));
            }
            Publish(current, new MemoryTableVersion(columns, pages), alreadyReserved: 0);
        }
    }

    /// <summary>Deletes the rows with the given ids (sorted, distinct); ids of rows that no longer exist are ignored.</summary>
    public long DeleteRows(long[] sortedRowIds)
    {
        lock (_writeLock)
        {
            ThrowIfDropped();
            MemoryTableVersion current = _current;
            StoredPage[]? pages = MemoryRowEditor.Delete(current, sortedRowIds, out long deleted);
            if (pages is not null)
            {
                Publish(current, new MemoryTableVersion(current.Columns, pages), alreadyReserved: 0);
            }
            return deleted;
        }
    }

    /// <summary>Sets columns of the rows with the given ids (sorted, distinct) to rows of <paramref name="values"/>.</summary>
    /// <param name="sortedRowIds">The ids.</param>
    /// <param name="sources">For each id, its row in <paramref name="values"/>.</param>
    /// <param name="ordinals">The table index of each column of <paramref name="values"/>.</param>
    /// <param name="values">The new values.</param>
    public long UpdateRows(long[] sortedRowIds, int[] sources, int[] ordinals, Page values)
    {
        lock (_writeLock)
        {
            ThrowIfDropped();
            MemoryTableVersion current = _current;
            StoredPage[]? pages = MemoryRowEditor.Update(current, sortedRowIds, sources, ordinals, values, out long updated);
            if (pages is not null)
            {
                Publish(current, new MemoryTableVersion(current.Columns, pages), alreadyReserved: 0);
            }
            return updated;
        }
    }

    private void Publish(MemoryTableVersion current, MemoryTableVersion next, long alreadyReserved)
    {
        long delta = next.Bytes - current.Bytes - alreadyReserved;
        if (delta > 0)
        {
            _store.Reserve(delta);
        }
        else
        {
            _store.Free(-delta);
        }
        Volatile.Write(ref _current, next);
    }

    private void ThrowIfDropped()
    {
        if (_dropped)
        {
            throw MemoryErrors.TableNotFound(_store.CatalogName, Name);
        }
    }

    /// <summary>Adds NULL columns for columns added to the table after <paramref name="page"/> was written.</summary>
    private static Page PadColumns(Page page, ColumnMetadata[] columns)
    {
        if (page.ColumnCount == columns.Length)
        {
            return page;
        }
        var vectors = new Vector[columns.Length];
        Array.Copy(page.Columns, vectors, page.ColumnCount);
        for (int c = page.ColumnCount; c < vectors.Length; c++)
        {
            vectors[c] = new ConstantVector(VectorBuilder.SingleNull(columns[c].Type), page.RowCount);
        }
        return new Page(page.RowCount, vectors);
    }

    /// <summary>Merges runs of adjacent pages whose rows fit in one page; full pages are kept as they are.</summary>
    private static List<StoredPage> Coalesce(List<StoredPage> pages, ColumnMetadata[] columns)
    {
        var result = new List<StoredPage>(pages.Count);
        int start = 0;
        while (start < pages.Count)
        {
            int end = start + 1;
            int rows = pages[start].RowCount;
            while (end < pages.Count && rows + pages[end].RowCount <= Page.DefaultMaxRowCount
                && pages[end].LastRowId - pages[start].FirstRowId < StoredPage.MaxRowIdSpan)
            {
                rows += pages[end].RowCount;
                end++;
            }
            result.Add(end - start == 1 ? pages[start] : Merge(pages, start, end, rows, columns));
            start = end;
        }
        return result;
    }

    private static StoredPage Merge(List<StoredPage> pages, int start, int end, int rows, ColumnMetadata[] columns)
    {
        var vectors = new Vector[columns.Length];
        var parts = new Vector[end - start];
        for (int c = 0; c < vectors.Length; c++)
        {
            for (int p = start; p < end; p++)
            {
                parts[p - start] = pages[p].Data[c];
            }
            vectors[c] = MemoryVectors.Concat(parts, columns[c].Type);
        }
        var ids = new long[rows];
        int written = 0;
        for (int p = start; p < end; p++)
        {
            pages[p].CopyRowIds(ids.AsSpan(written));
            written += pages[p].RowCount;
        }
        return StoredPage.Create(new Page(rows, vectors), ids);
    }
}
