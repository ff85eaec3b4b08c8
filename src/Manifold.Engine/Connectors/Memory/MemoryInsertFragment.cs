using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>What one page sink wrote: compact pages whose bytes are already reserved in the catalog's memory context.</summary>
/// <remarks>Exactly one of commit (by FinishInsert) or release (by an abort, or a failed commit) happens; the state
/// changes atomically, so a fragment's reservation is freed once or handed to its table once.</remarks>
internal sealed class MemoryInsertFragment
{
    private const int Pending = 0;
    private const int Claimed = 1;
    private const int Committed = 2;
    private const int Released = 3;

    private readonly MemoryStore _store;
    private int _state;

    public MemoryInsertFragment(MemoryStore store, long insertId, IReadOnlyList<Page> pages, long bytes)
    {
        _store = store;
        InsertId = insertId;
        Pages = pages;
        Bytes = bytes;
    }

    public long InsertId { get; }

    /// <summary>Pages with the insert's table columns, in order.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The bytes reserved for <see cref="Pages"/>.</summary>
    public long Bytes { get; }

    public long RowCount
    {
        get
        {
            long rows = 0;
            foreach (Page page in Pages)
            {
                rows += page.RowCount;
            }
            return rows;
        }
    }

    /// <summary>Takes the fragment for a commit; false when it was already taken, committed or released.</summary>
    public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Pending) == Pending;

    /// <summary>Marks a claimed fragment committed: its bytes now belong to the table.</summary>
    public void MarkCommitted() => Interlocked.CompareExchange(ref _state, Committed, Claimed);

    /// <summary>Frees the reservation of a pending fragment (an abort after the sink finished).</summary>
    public void ReleaseIfPending()
    {
        if (Interlocked.CompareExchange(ref _state, Released, Pending) == Pending)
        {
            _store.Free(Bytes);
        }
    }

    /// <summary>Frees the reservation of a claimed fragment whose commit failed.</summary>
    public void ReleaseClaimed()
    {
        if (Interlocked.CompareExchange(ref _state, Released, Claimed) == Claimed)
        {
            _store.Free(Bytes);
        }
    }
}
