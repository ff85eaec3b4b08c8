using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Copies one writer thread's rows into compact pages of up to <see cref="Page.DefaultMaxRowCount"/> rows.</summary>
/// <remarks>
/// Incoming vectors are copied at once (flattened, exactly sized), so the caller may reuse its buffers after
/// <see cref="AppendAsync"/> returns. Each finished page is charged to the catalog's memory context right away, so an
/// insert over the limit fails early; on any failure the sink frees everything it holds. Nothing becomes visible
/// before <see cref="IConnectorMetadata.FinishInsert"/> commits the fragment <see cref="FinishAsync"/> returns.
/// </remarks>
internal sealed class MemoryPageSink : IConnectorPageSink
{
    private readonly MemoryStore _store;
    private readonly MemoryInsertTableHandle _insert;
    private readonly List<Vector[]> _pending = [];
    private readonly List<Page> _pages = [];
    private readonly Vector?[] _nullValues;
    private int _pendingRows;
    private long _reservedBytes;
    private bool _closed;
    private MemoryInsertFragment? _fragment;

    public MemoryPageSink(MemoryStore store, MemoryInsertTableHandle insert)
    {
        _store = store;
        _insert = insert;
        _nullValues = new Vector?[insert.TableColumns.Length];
        var written = new bool[insert.TableColumns.Length];
        foreach (int ordinal in insert.ColumnOrdinals)
        {
            written[ordinal] = true;
        }
        for (int c = 0; c < written.Length; c++)
        {
            if (!written[c])
            {
                _nullValues[c] = VectorBuilder.SingleNull(insert.TableColumns[c].Type);
            }
        }
    }

    public ValueTask AppendAsync(Page page, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_closed)
        {
            throw new InvalidOperationException("The page sink was finished or aborted");
        }
        CheckLayout(page);
        try
        {
            int offset = 0;
            while (offset < page.RowCount)
            {
                int length = Math.Min(Page.DefaultMaxRowCount - _pendingRows, page.RowCount - offset);
                var piece = new Vector[page.ColumnCount];
                for (int i = 0; i < piece.Length; i++)
                {
                    ColumnMetadata column = _insert.TableColumns[_insert.ColumnOrdinals[i]];
                    piece[i] = MemoryVectors.Copy(page[i], offset, length, column.Type);
                    if (!column.Nullable && piece[i].MayHaveNulls)   // compact copies have a bitmap only when a row is null
                    {
                        throw MemoryErrors.NullInNotNullColumn(column.Name);
                    }
                }
                _pending.Add(piece);
                _pendingRows += length;
                offset += length;
                if (_pendingRows == Page.DefaultMaxRowCount)
                {
                    Seal();
                }
            }
        }
        catch
        {
            Abort();
            throw;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The rows copied so far: they stay with the insert until it commits.</summary>
    public long MemoryUsage => _reservedBytes;

    public ValueTask<IReadOnlyList<object>> FinishAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_closed)
        {
            throw new InvalidOperationException("The page sink was finished or aborted");
        }
        try
        {
            Seal();
        }
        catch
        {
            Abort();
            throw;
        }
        _closed = true;
        _fragment = new MemoryInsertFragment(_store, _insert.InsertId, [.. _pages], _reservedBytes);
        _reservedBytes = 0;
        _pages.Clear();
        return ValueTask.FromResult<IReadOnlyList<object>>([_fragment]);
    }

    public void Abort()
    {
        _closed = true;
        _pending.Clear();
        _pendingRows = 0;
        _pages.Clear();
        _store.Free(_reservedBytes);
        _reservedBytes = 0;
        _fragment?.ReleaseIfPending();
    }

    private void CheckLayout(Page page)
    {
        if (page.ColumnCount != _insert.ColumnOrdinals.Length)
        {
            throw new ManifoldException(
                StandardErrorCode.GenericInternalError,
                $"Insert into '{MemoryErrors.Qualify(_store.CatalogName, _insert.Name)}' received {page.ColumnCount} columns, expected {_insert.ColumnOrdinals.Length}");
        }
        for (int i = 0; i < page.ColumnCount; i++)
        {
            ColumnMetadata column = _insert.TableColumns[_insert.ColumnOrdinals[i]];
            if (!MemoryVectors.SameLayout(page[i].Type, column.Type))
            {
                throw new ManifoldException(
                    StandardErrorCode.GenericInternalError,
                    $"Insert into column '{column.Name}' of type {column.Type} received values of type {page[i].Type}");
            }
        }
    }

    /// <summary>Turns the pending pieces into one stored page and charges it.</summary>
    private void Seal()
    {
        if (_pendingRows == 0)
        {
            return;
        }
        int rows = _pendingRows;
        ColumnMetadata[] tableColumns = _insert.TableColumns;
        var columns = new Vector[tableColumns.Length];
        for (int c = 0; c < columns.Length; c++)
        {
            if (_nullValues[c] is { } nullValue)
            {
                columns[c] = new ConstantVector(nullValue, rows);
            }
        }
        int[] ordinals = _insert.ColumnOrdinals;
        for (int i = 0; i < ordinals.Length; i++)
        {
            if (_pending.Count == 1)
            {
                columns[ordinals[i]] = _pending[0][i];
                continue;
            }
            var parts = new Vector[_pending.Count];
            for (int p = 0; p < parts.Length; p++)
            {
                parts[p] = _pending[p][i];
            }
            columns[ordinals[i]] = MemoryVectors.Concat(parts, tableColumns[ordinals[i]].Type);
        }
        var page = new Page(rows, columns);
        _pending.Clear();
        _pendingRows = 0;
        long bytes = page.RetainedBytes;
        _store.Reserve(bytes);
        _reservedBytes += bytes;
        _pages.Add(page);
    }
}
