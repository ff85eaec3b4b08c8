using Manifold.Engine.Execution.Scheduling;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>The first <c>count</c> rows in sort order, keeping only about that many rows per worker. Blocking.</summary>
internal sealed class TopNOperator(
    IReadOnlyList<Func<IOperator>> workers, SqlType[] types, long count, (int Channel, bool Ascending, bool NullsFirst)[] keys, QueryContext context, MemoryContext memory)
    : IOperator
{
    private readonly MemoryContext _memory = memory;
    private readonly SqlType[] _types = types;
    private readonly long _count = count;
    private readonly (int Channel, bool Ascending, bool NullsFirst)[] _keys = keys;
    private IEnumerator<Page>? _output;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (_output is null)
        {
            var states = workers.Select(_ => new Candidates(this, _memory.CreateChild("worker"))).ToArray();
            await ParallelDriver.RunAsync(workers, (worker, page) => states[worker].Add(page, cancellationToken), cancellationToken).ConfigureAwait(false);
            var merged = new Candidates(this, _memory.CreateChild("merged"));
            foreach (Candidates state in states)
            {
                state.Compact(cancellationToken);
                if (state.Rows is { } rows)
                {
                    merged.Add(rows, cancellationToken);
                }
            }
            merged.Compact(cancellationToken);
            Page result = merged.Rows ?? new Page(0, _types.Select(t => VectorBuilder.Create(t, 0).Build()).ToArray());
            _output = RowBuffer.Pages(result.Columns, Expressions.VectorOps.Identity(result.RowCount), context.PageSize).GetEnumerator();
        }
        return _output.MoveNext() ? _output.Current : null;
    }

    public void Dispose() => _memory.SetBytes(0);

    /// <summary>A worker's best rows so far: pages are buffered and cut back to the top <c>count</c> when they grow.</summary>
    private sealed class Candidates(TopNOperator owner, MemoryContext memory)
    {
        private readonly List<Page> _pages = [];
        private int _rows;

        public Page? Rows { get; private set; }

        public void Add(Page page, CancellationToken cancellationToken)
        {
            _pages.Add(page);
            _rows += page.RowCount;
            memory.Reserve(page.RetainedBytes);
            if (_rows > Math.Max(4 * owner._count, 8192))
            {
                Compact(cancellationToken);
            }
        }

        public void Compact(CancellationToken cancellationToken)
        {
            if (Rows is not null)
            {
                _pages.Insert(0, Rows);
            }
            if (_pages.Count == 0)
            {
                return;
            }
            int rowCount = _pages.Sum(p => p.RowCount);
            var columns = owner._types.Select((t, c) => Vector.Concat(t, _pages.Select(p => p[c]).ToArray()).Flatten()).ToArray();
            int[] order = RowBuffer.Sort(columns, rowCount, owner._keys, cancellationToken);
            int keep = (int)Math.Min(owner._count, rowCount);
            Rows = new Page(keep, columns.Select(c => c.Take(order.AsSpan(0, keep))).ToArray());
            _pages.Clear();
            _rows = keep;
            memory.SetBytes(Rows.RetainedBytes);
        }
    }
}
