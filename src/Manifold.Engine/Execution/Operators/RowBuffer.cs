using Manifold.Engine.Execution.Kernels;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Pages collected by a blocking operator, charged to its memory, concatenated into flat columns on demand.</summary>
internal sealed class RowBuffer(SqlType[] types, MemoryContext memory)
{
    private readonly List<Page> _pages = [];

    public int RowCount { get; private set; }

    public void Add(Page page)
    {
        memory.Reserve(page.RetainedBytes);
        _pages.Add(page);
        RowCount += page.RowCount;
    }

    /// <summary>All rows as one flat vector per column.</summary>
    public Vector[] Columns()
    {
        var columns = new Vector[types.Length];
        for (int c = 0; c < columns.Length; c++)
        {
            columns[c] = RowCount == 0 ? VectorBuilder.Create(types[c], 0).Build() : Vector.Concat(types[c], _pages.Select(p => p[c]).ToArray()).Flatten();
        }
        return columns;
    }

    /// <summary>Sorts row positions with a comparer that stops when the query is cancelled.</summary>
    public static int[] Sort(Vector[] columns, int rowCount, IReadOnlyList<(int Channel, bool Ascending, bool NullsFirst)> keys, CancellationToken cancellationToken)
    {
        int[] order = Expressions.VectorOps.Identity(rowCount);
        if (keys.Count == 0 || rowCount < 2)
        {
            return order;
        }
        var comparer = new CancellableComparer(new RowComparer(columns, keys), cancellationToken);
        try
        {
            // Stable: equal keys keep input order, as users expect from multi-step sorts.
            Array.Sort(order, Comparer<int>.Create((a, b) =>
            {
                int result = comparer.Compare(a, b);
                return result != 0 ? result : a.CompareTo(b);
            }));
        }
        catch (InvalidOperationException e) when (e.InnerException is OperationCanceledException canceled)
        {
            throw canceled;
        }
        catch (InvalidOperationException e) when (e.InnerException is Spi.Errors.ManifoldException error)
        {
            throw error;
        }
        return order;
    }

    /// <summary>Pages of <paramref name="pageSize"/> rows taken from the columns in the given order, plus extra columns.</summary>
    public static IEnumerable<Page> Pages(Vector[] columns, int[] order, int pageSize)
    {
        for (int offset = 0; offset < order.Length; offset += pageSize)
        {
            int length = Math.Min(pageSize, order.Length - offset);
            ReadOnlyMemory<int> positions = order.AsMemory(offset, length);
            yield return new Page(length, columns.Select(c => c.Take(positions.Span)).ToArray());
        }
    }

    private sealed class CancellableComparer(RowComparer inner, CancellationToken cancellationToken)
    {
        private int _calls;

        public int Compare(int a, int b)
        {
            if ((++_calls & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            return inner.Compare(a, b);
        }
    }
}
