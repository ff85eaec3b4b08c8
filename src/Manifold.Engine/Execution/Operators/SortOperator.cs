using Manifold.Engine.Execution.Scheduling;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Collects all rows from its workers and returns them sorted. Blocking.</summary>
internal sealed class SortOperator(
    IReadOnlyList<Func<IOperator>> workers, SqlType[] types, (int Channel, bool Ascending, bool NullsFirst)[] keys, QueryContext context, MemoryContext memory) : IOperator
{
    private readonly MemoryContext _memory = memory;
    private IEnumerator<Page>? _output;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (_output is null)
        {
            var buffers = workers.Select(_ => new RowBuffer(types, _memory)).ToArray();
            await ParallelDriver.RunAsync(workers, (worker, page) => buffers[worker].Add(page), cancellationToken).ConfigureAwait(false);
            Vector[] columns;
            int rowCount;
            if (buffers.Length == 1)
            {
                columns = buffers[0].Columns();
                rowCount = buffers[0].RowCount;
            }
            else
            {
                rowCount = buffers.Sum(b => b.RowCount);
                var parts = buffers.Select(b => b.Columns()).ToArray();
                columns = types.Select((t, c) => Vector.Concat(t, parts.Select(p => p[c]).ToArray()).Flatten()).ToArray();
            }
            int[] order = RowBuffer.Sort(columns, rowCount, keys, cancellationToken);
            _output = RowBuffer.Pages(columns, order, context.PageSize).GetEnumerator();
        }
        cancellationToken.ThrowIfCancellationRequested();
        return _output.MoveNext() ? _output.Current : null;
    }

    public void Dispose() => _memory.SetBytes(0);
}
