using Manifold.Engine.Execution.Operators;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Scheduling;

/// <summary>Runs the worker pipelines of a parallel source, each on its own task, handing every page to a consumer.</summary>
internal static class ParallelDriver
{
    private static int s_runningWorkers;

    /// <summary>Worker pipelines running right now in this process (all queries); tests use it to check that a cancelled
    /// or failed query leaves nothing running.</summary>
    public static int RunningWorkers => Volatile.Read(ref s_runningWorkers);

    /// <summary>Runs all workers to completion; <paramref name="consume"/> gets (worker index, page) and is called by one
    /// thread per worker index at a time. The first failure cancels the other workers and is rethrown.</summary>
    public static Task RunAsync(IReadOnlyList<Func<IOperator>> workers, Action<int, Page> consume, CancellationToken cancellationToken)
        => RunAsync(workers, (index, page) =>
        {
            consume(index, page);
            return ValueTask.CompletedTask;
        }, cancellationToken);

    /// <summary>As above, with an asynchronous consumer (it may wait, e.g. for a bounded queue).</summary>
    public static async Task RunAsync(IReadOnlyList<Func<IOperator>> workers, Func<int, Page, ValueTask> consume, CancellationToken cancellationToken)
    {
        if (workers.Count == 1)
        {
            await RunWorkerAsync(workers[0], 0, consume, cancellationToken).ConfigureAwait(false);
            return;
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = new Task[workers.Count];
        for (int i = 0; i < workers.Count; i++)
        {
            int index = i;
            tasks[i] = Task.Run(async () =>
            {
                try
                {
                    await RunWorkerAsync(workers[index], index, consume, linked.Token).ConfigureAwait(false);
                }
                catch
                {
                    linked.Cancel();
                    throw;
                }
            }, CancellationToken.None);
        }
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch
        {
            // Prefer the root cause over the cancellations it triggered in the other workers.
            Exception? root = tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions)
                .FirstOrDefault(e => e is not OperationCanceledException);
            if (root is not null && !cancellationToken.IsCancellationRequested)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(root).Throw();
            }
            throw;
        }
    }

    private static async Task RunWorkerAsync(Func<IOperator> factory, int index, Func<int, Page, ValueTask> consume, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref s_runningWorkers);
        try
        {
            using IOperator worker = factory();
            while (await worker.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (page.RowCount > 0)
                {
                    await consume(index, page).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref s_runningWorkers);
        }
    }
}
