using Manifold.Engine.Execution.Kernels;
using Manifold.Engine.Execution.Scheduling;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Builds a join's hash table once, from the build side's workers, and shares it with every probe worker.</summary>
/// <remarks>The build starts when the first probe asks for the table. For RIGHT and FULL joins it also tracks which build
/// rows were matched; the last probe worker to finish emits the unmatched ones.</remarks>
internal sealed class JoinBridge(
    IReadOnlyList<Func<IOperator>> buildWorkers, SqlType[] buildTypes, int[] buildKeyChannels, int probeWorkerCount, MemoryContext memory)
{
    private readonly Lock _gate = new();
    private readonly MemoryContext _memory = memory;
    private Task<JoinHashTable>? _build;
    private int _activeProbes = probeWorkerCount;
    private byte[]? _visited;

    /// <summary>The table, building it on first use.</summary>
    public Task<JoinHashTable> GetTableAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _build ??= Task.Run(() => BuildAsync(cancellationToken), CancellationToken.None);
        }
    }

    /// <summary>Per build row: whether some probe row matched it (RIGHT/FULL joins).</summary>
    public byte[] Visited => _visited ??= new byte[_build!.Result.RowCount];

    /// <summary>Called once by each probe worker when its input is exhausted; true for the last one.</summary>
    public bool FinishProbe() => Interlocked.Decrement(ref _activeProbes) == 0;

    /// <summary>Releases the table's memory.</summary>
    public void Release() => _memory.SetBytes(0);

    private async Task<JoinHashTable> BuildAsync(CancellationToken cancellationToken)
    {
        var pages = new List<Page>[buildWorkers.Count];
        for (int i = 0; i < pages.Length; i++)
        {
            pages[i] = [];
        }
        long[] bytes = new long[buildWorkers.Count];
        await ParallelDriver.RunAsync(buildWorkers, (worker, page) =>
        {
            pages[worker].Add(page);
            long added = page.RetainedBytes;
            bytes[worker] += added;
            _memory.Reserve(added);
        }, cancellationToken).ConfigureAwait(false);
        var table = new JoinHashTable(buildTypes, pages.SelectMany(p => p).ToArray(), buildKeyChannels, cancellationToken);
        _memory.SetBytes(table.EstimatedBytes);
        if (table.RowCount > 0)
        {
            _visited = new byte[table.RowCount];
        }
        return table;
    }
}
